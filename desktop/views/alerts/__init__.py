"""Alerts on screen: the banner, the alert list, the tray notifier and the alert sentences."""
