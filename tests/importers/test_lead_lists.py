"""Lead lists are recognised with no hand mapping and their status columns become dated lead stages:
known MQL / SQL / 商談化 counts from generated lookalikes, imported into a real SQLite file; a second
import adds nothing, undoing the import takes the stages away; call logs are not lead lists."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.importers.session import import_path
from tests.importers import lead_lists as leads
from tests.importers import lookalikes as look

START, END = date(2025, 1, 1), date(2025, 12, 31)


def _funnel(store) -> dict[str, int]:  # noqa: ANN001
    t = store.totals(START, END)
    reached = sum(1 for stages in store.lead_stages().values() if "opportunity" in stages)
    return {"mqls": int(t["mqls"]), "sqls": int(t["sqls"]), "opportunity": reached}


def test_a_japanese_lead_sheet_with_a_status_column_gives_its_stages_on_the_update_day(store, tmp_path: Path) -> None:
    path, want = leads.ja_status_sheet(tmp_path / "リード一覧.xlsx")
    report = import_path(store, path)
    plan = report.plans[0]
    assert plan.layout == "lead_list"
    assert plan.mapping()["ステータス"] == "lead_status" and plan.mapping()["更新日"] == "updated_day"
    assert plan.mapping()["会社名"] == "company" and plan.mapping()["担当者"] == "member"
    assert _funnel(store) == {k: want[k] for k in ("mqls", "sqls", "opportunity")}
    assert len(store.leads()) == want["leads"]  # ナーチャリング / 新規 leads are kept, counting nothing
    assert report.added == want["mqls"] + want["sqls"] + want["opportunity"]
    first = store.lead_stages()[store.leads()[0].id]
    assert first == {"mql": date(2025, 11, 1)}
    assert {m.name for m in store.members()} == set(leads.REPS)


def test_one_date_column_per_stage_and_an_sql_day_alone_implies_the_mql(store, tmp_path: Path) -> None:
    path, want = leads.stage_day_columns(tmp_path / "leads.csv")
    report = import_path(store, path)
    assert report.plans[0].layout == "lead_list"
    assert {report.plans[0].mapping()[k] for k in ("MQL日", "SQL日", "商談化日")} == {
        "mql_day", "sql_day", "opportunity_day"}
    assert _funnel(store) == want == {"mqls": 30, "sqls": 12, "opportunity": 5}
    october = store.totals(date(2025, 10, 1), date(2025, 10, 31))
    assert october["mqls_to_sql"] == 12 and october["mqls"] == 30  # MQL→SQL率 12/30 over October's cohort


def test_an_english_crm_lead_export(store, tmp_path: Path) -> None:
    path, want = leads.crm_lead_export(tmp_path / "Leads.csv")
    report = import_path(store, path)
    assert report.plans[0].layout == "lead_list" and report.plans[0].mapping()["Lead Status"] == "lead_status"
    assert _funnel(store) == {k: want[k] for k in ("mqls", "sqls", "opportunity")}


def test_a_second_import_adds_nothing_and_undo_takes_the_stages_away(store, tmp_path: Path) -> None:
    path, want = leads.ja_status_sheet(tmp_path / "リード一覧.xlsx")
    first = import_path(store, path)
    again = import_path(store, path)
    assert again.added == 0 and _funnel(store)["mqls"] == want["mqls"]
    [batch] = first.batch_ids
    removed = store.undo_import(batch)
    assert store.lead_stages() == {} and store.totals(START, END)["mqls"] == 0 and store.leads() == []
    store.redo_import(removed)
    assert _funnel(store) == {k: want[k] for k in ("mqls", "sqls", "opportunity")}


def test_a_call_log_with_商談化_results_is_still_a_call_log(store, tmp_path: Path) -> None:
    path, want = look.sfa_activities(tmp_path / "活動履歴.xlsx")
    report = import_path(store, path)
    assert report.plans[0].layout != "lead_list" and store.lead_stages() == {}
