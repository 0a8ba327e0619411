"""The dashboard page: filters, KPI cards, every chart and the chart style."""
