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
        errors.SERVER_UNREACHABLE: QApplication.translate(
            "App", "The team's server %1 cannot be reached. Check the network and try again."),
        errors.LOGIN_FAILED: QApplication.translate(
            "App", "The team's server %1 refused the login. Check the user name and password."),
        errors.NETWORK_FOLDER: QApplication.translate(
            "App", "%1 is on a network folder, where a database file can be damaged. To share the numbers, "
                   "use team mode (kpidesk team)."),
        errors.OFFLINE: QApplication.translate(
            "App", "%1 is the offline copy of the team's numbers and is read-only. Connect to the server to record."),
        errors.NOT_YOURS: QApplication.translate("App", "You cannot change another member's records."),
    }


def store_error_text(exc: errors.StoreError) -> str:
    """One clear sentence for a database that cannot be used as it is."""
    text = _texts().get(exc.code, QApplication.translate("App", "%1 cannot be opened."))
    return fmt(text, exc.path, exc.path + ".backups")
