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
    "reps_across": QT_TRANSLATE_NOOP("Import", "Day counts with reps across the columns"),
    "lead_list": QT_TRANSLATE_NOOP("Import", "Lead list with stages (MQL / SQL / 商談)"),
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
    "updated_day": QT_TRANSLATE_NOOP("Import", "Update date"),
    "status": QT_TRANSLATE_NOOP("Import", "Status (done or not)"),
    "connected": QT_TRANSLATE_NOOP("Import", "Reached (yes/no)"),
    "lead_status": QT_TRANSLATE_NOOP("Import", "Lead status (MQL / SQL / 商談化)"),
    "mql_day": QT_TRANSLATE_NOOP("Import", "MQL date"),
    "sql_day": QT_TRANSLATE_NOOP("Import", "SQL date"),
    "opportunity_day": QT_TRANSLATE_NOOP("Import", "Date reached 商談"),
    # problems
    "missing_date": QT_TRANSLATE_NOOP("Import", "no date"),
    "bad_date": QT_TRANSLATE_NOOP("Import", "not a date"),
    "missing_member": QT_TRANSLATE_NOOP("Import", "no rep"),
    "bad_number": QT_TRANSLATE_NOOP("Import", "not a number"),
    "no_metric": QT_TRANSLATE_NOOP("Import", "no metric named"),
    "counted_elsewhere": QT_TRANSLATE_NOOP("Import", "already counted on another sheet"),
    "implausible_date": QT_TRANSLATE_NOOP("Import", "implausible date (before 2000 or after next year)"),
    "not_completed": QT_TRANSLATE_NOOP("Import", "not completed (only completed activities count)"),
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


# evidence: what a column's header and values showed
EVIDENCE: dict[str, str] = {
    "header": QT_TRANSLATE_NOOP("Import", "header"),
    "user": QT_TRANSLATE_NOOP("Import", "your choice"),
    "dates": QT_TRANSLATE_NOOP("Import", "dates"),
    "times": QT_TRANSLATE_NOOP("Import", "times"),
    "people": QT_TRANSLATE_NOOP("Import", "names"),
    "contacts": QT_TRANSLATE_NOOP("Import", "customer contacts (様)"),
    "companies": QT_TRANSLATE_NOOP("Import", "company names"),
    "phones": QT_TRANSLATE_NOOP("Import", "phone numbers"),
    "kinds": QT_TRANSLATE_NOOP("Import", "activity kinds"),
    "outcomes": QT_TRANSLATE_NOOP("Import", "result words"),
    "statuses": QT_TRANSLATE_NOOP("Import", "status words"),
    "flags": QT_TRANSLATE_NOOP("Import", "yes/no"),
    "stages": QT_TRANSLATE_NOOP("Import", "stage words"),
    "text": QT_TRANSLATE_NOOP("Import", "text"),
    "money": QT_TRANSLATE_NOOP("Import", "amounts"),
    "counts": QT_TRANSLATE_NOOP("Import", "counts"),
    "mdy": QT_TRANSLATE_NOOP("Import", "month/day/year"),
    "dmy": QT_TRANSLATE_NOOP("Import", "day/month/year"),
    "ambiguous": QT_TRANSLATE_NOOP("Import", "no value shows the day/month order: read as month/day"),
}
# what a sheet lacked to be imported
LACKS: dict[str, str] = {
    "header": QT_TRANSLATE_NOOP("Import", "no header row"),
    "day": QT_TRANSLATE_NOOP("Import", "no date column"),
    "what": QT_TRANSLATE_NOOP("Import", "no result, type, count or stage column"),
    "member": QT_TRANSLATE_NOOP("Import", "no rep column"),
}


def evidence_text(match: object) -> str:
    """'header 100% · dates 96% · day/month/year' for a mapped column."""
    parts = [QCoreApplication.translate("Import", EVIDENCE.get(code, code)) + ("" if code == "ambiguous" else f" {share:.0%}")
             for code, share in getattr(match, "evidence", ())]
    order = getattr(match, "order", "")
    if order:
        parts.append(QCoreApplication.translate("Import", EVIDENCE[order]))
    return " · ".join(parts)


def lacks_text(codes: list[str]) -> str:
    return "、".join(QCoreApplication.translate("Import", LACKS.get(c, c)) for c in codes)


def word(code: str | None) -> str:
    """The translated word for an importer code; metrics, kinds, outcomes, stages go through text.term."""
    from desktop.views.shell.text import term

    if not code:
        return ""
    source = _WORDS.get(code)
    return QCoreApplication.translate("Import", source) if source else term(code)


DERIVED = {
    "pivot": QT_TRANSLATE_NOOP("Import", "not ticked: a pivot table, made from other rows"),
    "summary": QT_TRANSLATE_NOOP("Import", "not ticked: a summary by month or of totals, not one row per day"),
    "repeats": QT_TRANSLATE_NOOP("Import", "not ticked: repeats the rows of %1"),
}


def derived_text(why: tuple[str, list[str]]) -> str:
    """Why a sheet is not ticked by default (importers.sheet_kinds), as said beside its name."""
    code, others = why
    return QCoreApplication.translate("Import", DERIVED[code]).replace("%1", "、".join(others))
