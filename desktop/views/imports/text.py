"""Words for the importer's codes (layouts, fields, problems, refusals), in the "Import" context."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_WORDS: dict[str, str] = {
    # layouts
    "activity_log": QT_TRANSLATE_NOOP("Import", "Activity log"),
    "daily_counts": QT_TRANSLATE_NOOP("Import", "Daily counts"),
    "wide_matrix": QT_TRANSLATE_NOOP("Import", "Dates across the top"),
    "attempt_groups": QT_TRANSLATE_NOOP("Import", "Lead list with call attempts"),
    "deals": QT_TRANSLATE_NOOP("Import", "Deals"),
    "crm_activity": QT_TRANSLATE_NOOP("Import", "CRM activity export"),
    "crm_deals": QT_TRANSLATE_NOOP("Import", "CRM deal export"),
    # fields
    "day": QT_TRANSLATE_NOOP("Import", "Date"),
    "time": QT_TRANSLATE_NOOP("Import", "Time"),
    "member": QT_TRANSLATE_NOOP("Import", "Rep"),
    "company": QT_TRANSLATE_NOOP("Import", "Company"),
    "person": QT_TRANSLATE_NOOP("Import", "Contact person"),
    "phone": QT_TRANSLATE_NOOP("Import", "Phone"),
    "kind": QT_TRANSLATE_NOOP("Import", "Activity kind"),
    "result": QT_TRANSLATE_NOOP("Import", "Result"),
    "note": QT_TRANSLATE_NOOP("Import", "Note"),
    "title": QT_TRANSLATE_NOOP("Import", "Deal name"),
    "stage": QT_TRANSLATE_NOOP("Import", "Stage"),
    "amount": QT_TRANSLATE_NOOP("Import", "Amount"),
    "created_day": QT_TRANSLATE_NOOP("Import", "Meeting date"),
    "closed_day": QT_TRANSLATE_NOOP("Import", "Close date"),
    # problems
    "missing_date": QT_TRANSLATE_NOOP("Import", "no date"),
    "bad_date": QT_TRANSLATE_NOOP("Import", "not a date"),
    "missing_member": QT_TRANSLATE_NOOP("Import", "no rep"),
    "bad_number": QT_TRANSLATE_NOOP("Import", "not a number"),
    "no_metric": QT_TRANSLATE_NOOP("Import", "no metric named"),
    "counted_elsewhere": QT_TRANSLATE_NOOP("Import", "already counted on another sheet"),
    # refusals
    "encrypted": QT_TRANSLATE_NOOP("Import", "it is password-protected"),
    "corrupt": QT_TRANSLATE_NOOP("Import", "the file is damaged"),
    "cell_too_long": QT_TRANSLATE_NOOP("Import", "a cell is too long (at most 131,072 characters)"),
    "not_spreadsheet": QT_TRANSLATE_NOOP("Import", "it is not a spreadsheet"),
    "wrong_extension": QT_TRANSLATE_NOOP("Import", "its contents do not match its extension"),
    "zip_bomb": QT_TRANSLATE_NOOP("Import", "it expands to an absurd size"),
    "too_large": QT_TRANSLATE_NOOP("Import", "the file is too large"),
    "too_many_cells": QT_TRANSLATE_NOOP("Import", "it has too many cells"),
    "xml_attack": QT_TRANSLATE_NOOP("Import", "it contains unsafe XML"),
    "empty": QT_TRANSLATE_NOOP("Import", "it holds no data"),
    "unreadable": QT_TRANSLATE_NOOP("Import", "it cannot be read"),
    "timeout": QT_TRANSLATE_NOOP("Import", "reading it took too long"),
    "reader_crashed": QT_TRANSLATE_NOOP("Import", "the reader stopped while reading it"),
    "unknown_encoding": QT_TRANSLATE_NOOP("Import", "its text encoding is unknown"),
    "not_found": QT_TRANSLATE_NOOP("Import", "no such file"),
    "sheet_not_found": QT_TRANSLATE_NOOP("Import", "no such sheet"),
    "changed": QT_TRANSLATE_NOOP("Import", "it changed after it was read: open it again"),
}


def word(code: str | None) -> str:
    """The translated word for an importer code; metrics, kinds, outcomes, stages go through text.term."""
    from desktop.views.shell.text import term

    if not code:
        return ""
    source = _WORDS.get(code)
    return QCoreApplication.translate("Import", source) if source else term(code)
