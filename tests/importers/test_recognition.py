"""Trackers nobody here wrote, recognised from their values and headers with no hand mapping:
lookalikes of public CRM, dialer and Japanese SFA exports, imported into a real SQLite file and
checked against the totals they were built with."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.importers.session import import_path
from tests.importers import lookalikes as look

START, END = date(2025, 1, 1), date(2025, 12, 31)


def totals(store, member: str | None = None) -> dict[str, float]:  # noqa: ANN001 - Store
    """The year's counts (team, or one member by name), zeros left out."""
    member_id = None
    if member is not None:
        member_id = next(m.id for m in store.members() if m.name == member)
    rows = store.counts_by("month", START, END, member_id)
    out: dict[str, float] = {}
    for counts in rows.values():
        for k, v in counts.items():
            if v and not k.endswith("rate"):
                out[k] = out.get(k, 0) + v
    return out


def mapping_of(report) -> dict[str, str]:  # noqa: ANN001 - FileReport
    return report.plans[0].mapping()


def test_a_zoho_call_export_counts_each_call_for_its_owner_on_the_call_day(store, tmp_path: Path) -> None:
    path, calls = look.zoho_calls(tmp_path / "Calls.csv")
    report = import_path(store, path)
    assert mapping_of(report)["Call Start Time"] == "day" and mapping_of(report)["Call Owner"] == "member"
    assert "Call Owner Id" not in mapping_of(report)  # an id beside the names is not the rep
    assert report.added == 60
    for owner, n in calls.items():
        assert totals(store, owner).get("calls") == n
    first = store.activities([1])[0]
    assert first.day == date(2025, 4, 1) and first.at is not None and first.at.hour == 9  # day and time from one column


def test_only_completed_tasks_count_and_the_subject_decides_their_kind(store, tmp_path: Path) -> None:
    path, done = look.zoho_tasks(tmp_path / "Tasks.csv")
    report = import_path(store, path)
    assert mapping_of(report)["Status"] == "status" and mapping_of(report)["Subject"] == "kind"
    got = totals(store)
    assert {k: got.get(k, 0) for k in done} == done
    assert sum(1 for p in report.result.problems if p.code == "not_completed") == 50 - sum(done.values())


def test_zoho_deals_win_only_when_closed_won_with_dollar_amounts(store, tmp_path: Path) -> None:
    path, want = look.zoho_potentials(tmp_path / "Potentials.csv")
    report = import_path(store, path)
    assert "Age in Days" not in mapping_of(report)  # a number of days is no date
    deals = store.deals()
    assert len(deals) == 36
    assert sum(d.stage == "won" for d in deals) == want["wins"]
    assert sum(d.stage == "lost" for d in deals) == want["lost"]
    assert all(d.closed_day is None for d in deals if d.stage not in ("won", "lost"))
    assert totals(store).get("revenue") == want["revenue"]


def test_sales_agent_is_the_rep_not_revenue(store, tmp_path: Path) -> None:
    path, want = look.sales_pipeline(tmp_path / "sales_pipeline.csv")
    report = import_path(store, path)
    assert mapping_of(report)["sales_agent"] == "member"
    assert sum(d.stage == "won" for d in store.deals()) == want["wins"]
    assert totals(store).get("revenue") == want["revenue"]
    undated = [p for p in report.result.problems if p.code == "missing_date"]
    assert len(undated) == want["undated"]  # prospects with no date are skipped with their reason


def test_a_semicolon_sheet_with_day_first_dates_imports_its_wins(store, tmp_path: Path) -> None:
    path, want = look.hubspot_semicolon(tmp_path / "deals.csv")
    report = import_path(store, path)
    assert report.plans[0].layout == "deals"
    close = next(m for c, m in report.plans[0].columns.items() if m.field == "closed_day")
    assert close.order == "dmy"
    won = [d for d in store.deals() if d.stage == "won"]
    assert len(won) == want["wins"] and sum(d.amount for d in won) == want["revenue"]
    assert all(d.closed_day.month in (5, 6) for d in won)


def test_dialer_dispositions_map_onto_the_ladder(store, tmp_path: Path) -> None:
    path, want = look.dialer_log(tmp_path / "call_log.csv")
    report = import_path(store, path)
    assert not report.result.unknown_words
    got = totals(store)
    assert (got.get("calls"), got.get("connects")) == (want["calls"], want["connects"])


def test_an_sfa_activity_export_with_a_deal_number_is_an_activity_log(store, tmp_path: Path) -> None:
    path, want = look.sfa_activities(tmp_path / "活動履歴.xlsx")
    report = import_path(store, path)
    plan = report.plans[0]
    assert plan.layout == "activity_log"
    assert plan.mapping()["活動者"] == "member" and "活動者組織" not in plan.mapping()
    got = totals(store)
    assert {k: got.get(k, 0) for k in want} == want
    assert not store.deals()


def test_a_contact_column_with_honorifics_is_not_the_rep(store, tmp_path: Path) -> None:
    path, calls = look.call_list_with_contacts(tmp_path / "架電リスト.xlsx")
    report = import_path(store, path)
    assert report.plans[0].mapping()["担当IS"] == "member"
    assert report.plans[0].mapping()["担当者名"] == "person"
    assert not [p for p in report.result.problems if p.code == "missing_member"]
    for rep, n in calls.items():
        assert totals(store, rep).get("calls") == n


def test_the_preview_gives_each_mapped_column_its_evidence_and_confidence(store, tmp_path: Path) -> None:
    path, _ = look.zoho_calls(tmp_path / "Calls.csv")
    report = import_path(store, path, dry_run=True)
    day = next(m for m in report.plans[0].columns.values() if m.field == "day")
    assert dict(day.evidence)["dates"] == 1.0 and dict(day.evidence)["header"] == 1.0
    assert day.confidence == 1.0 and day.stamp


def test_a_day_number_matrix_takes_its_month_from_the_title(store, tmp_path: Path) -> None:
    path, total = look.day_matrix_month_in_title(tmp_path / "june.xlsx")
    report = import_path(store, path)
    assert report.plans[0].layout == "wide_matrix"
    rows = store.counts_by("month", START, END)
    assert rows["2025-06"]["calls"] == total and set(rows) >= {"2025-06"}
    assert sum(v.get("calls", 0) for k, v in rows.items() if k != "2025-06") == 0  # nothing in 1900 or January


def test_impossible_rows_are_named_with_sheet_row_and_date(store, tmp_path: Path) -> None:
    report = import_path(store, look.impossible_daily(tmp_path / "daily.xlsx"))
    named = [(p.sheet, p.row, p.column, p.value) for p in report.result.impossible]
    assert named == [("日次", 3, "通電数", "2025-04-02 5 > 3"), ("日次", 4, "アポ数", "2025-04-03 4 > 2")]
    assert report.added == 9 and not report.result.problems  # stored as written, not skipped


def test_reps_across_the_columns_and_as_merged_headings_are_day_counts(store, tmp_path: Path) -> None:
    path, want = look.reps_across(tmp_path / "reps.xlsx")
    report = import_path(store, path)
    assert [p.layout for p in report.plans] == ["reps_across", "reps_across"]
    for rep in ("山田", "佐藤", "鈴木"):
        assert totals(store, rep).get("calls") == want[rep]
    assert totals(store, "田中").get("calls") == want["calls:田中"]
    assert totals(store, "田中").get("connects") == want["connects:田中"]
    assert totals(store, "高橋").get("calls") == want["calls:高橋"]


def test_a_semicolon_csv_with_each_line_quoted_whole_is_read(store, tmp_path: Path) -> None:
    path = tmp_path / "sfa.csv"
    lines = ['"活動日;担当者;結果"', '"2025/04/01;山田;不在"', '"2025/04/01;山田;担当者NG"', '"2025/04/02;佐藤;資料請求"']
    path.write_bytes("\r\n".join(lines).encode("cp932") + b"\r\n")
    report = import_path(store, path)
    assert report.added == 3
    assert totals(store) == {"calls": 3, "connects": 2}


def test_weekly_rows_count_on_the_first_day_of_their_week(store, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025年4月"
    ws.append(["週", "担当者", "架電数", "アポ数"])
    ws.append(["第1週 (4/1-4/4)", "山田", 120, 3])
    ws.append(["第2週 (4/7-4/11)", "山田", 150, 4])
    wb.save(tmp_path / "weekly.xlsx")
    import_path(store, tmp_path / "weekly.xlsx")
    days = store.daily_counts(date(2025, 4, 1), date(2025, 4, 30))
    assert days[date(2025, 4, 1)]["calls"] == 120 and days[date(2025, 4, 7)]["calls"] == 150


def test_an_undecided_day_month_order_is_said_in_the_evidence(store, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("Date,Agent,Result\n4/5/2025,Ann Lee,Busy\n6/7/2025,Ann Lee,Connected\n", encoding="utf-8")
    report = import_path(store, path, dry_run=True)
    day = next(m for m in report.plans[0].columns.values() if m.field == "day")
    assert ("ambiguous", 1.0) in day.evidence and day.order == ""


def test_a_pipelines_own_stage_names_are_known_and_demo_is_open(store, tmp_path: Path) -> None:  # noqa: ANN001
    path, want = look.revops_pipeline(tmp_path / "opportunities.csv")
    report = import_path(store, path)
    assert dict(report.result.unknown_words) == {}  # Demo was listed as an unknown word
    totals = store.totals(date(2025, 1, 1), date(2025, 12, 31))
    assert {k: totals[k] for k in want} == want


def test_a_daily_export_names_its_connects_有効_and_its_wins_受注(store, tmp_path: Path) -> None:  # noqa: ANN001
    path, want = look.daily_records_export(tmp_path / "records.csv")
    report = import_path(store, path)
    assert report.plans[0].layout == "daily_counts"
    totals = store.totals(date(2025, 4, 1), date(2025, 4, 30))
    assert {k: totals[k] for k in want} == want
