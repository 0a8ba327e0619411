"""One clear sentence for each reason a database cannot be opened, upgraded or backed up."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.models import errors
from desktop.views.shell.text import fmt


def _texts() -> dict[str, str]:
    return {
        errors.NOT_A_DATABASE: QApplication.translate("App", "%1 is not a KPI Desk database."),
        errors.NOT_KPIDESK: QApplication.translate("App", "%1 is a database of another program, not of KPI Desk."),
        errors.DAMAGED: QApplication.translate(
            "App", "%1 is damaged. Its automatic backups are in the folder “%2”: open the newest with File → Open."),
        errors.NEWER_SCHEMA: QApplication.translate("App", "%1 was made by a newer KPI Desk. Update the app to open it."),
        errors.MIGRATION_FAILED: QApplication.translate("App", "%1 could not be upgraded; it was left exactly as it was."),
        errors.UNREADABLE: QApplication.translate("App", "%1 cannot be opened (no permission, or the folder is missing)."),
        errors.MISSING: QApplication.translate("App", "%1 does not exist."),
        errors.BUSY: QApplication.translate("App", "%1: another KPI Desk is using it. Please try again in a moment."),
        errors.READ_ONLY: QApplication.translate("App", "%1 is on a read-only disk or is read-only. The file is not damaged: "
                                    "copy it to a folder you can write to and open the copy."),
        errors.PERMISSION: QApplication.translate("App", "%1: you have no permission to open this file. The file is not damaged."),
        errors.DISK_FULL: QApplication.translate("App", "%1: the disk is full. Free some space and try again; nothing was changed."),
        errors.BACKUP_FAILED: QApplication.translate("App", "The backup %1 could not be written; nothing was changed."),
    }


def store_error_text(exc: errors.StoreError) -> str:
    """One clear sentence for a database that cannot be used as it is."""
    text = _texts().get(exc.code, QApplication.translate("App", "%1 cannot be opened."))
    return fmt(text, exc.path, exc.path + ".backups")
