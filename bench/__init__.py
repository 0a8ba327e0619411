"""KPI Desk benchmarks: `python -m bench [--quick] [--json OUT]` (scripts, not tests)."""
