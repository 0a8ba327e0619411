"""The main window and what every page shares: page registry, context, change signals, icons, Qt boot, UI settings, workers, shared text."""
