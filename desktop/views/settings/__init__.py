"""The settings page: fiscal year, phase, pace thresholds, workdays, holidays, language."""
