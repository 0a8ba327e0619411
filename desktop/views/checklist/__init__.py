"""The checklist page: the article's 20 items judged from the data."""
