"""The activities page: quick log, day-count grid, activity list, leads, deals, members and data quality."""
