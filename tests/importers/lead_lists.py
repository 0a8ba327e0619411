"""Lead lists with their funnel stages, generated with known counts: a Japanese SFA lead sheet with a
ステータス column and its 更新日, a CSV with one date column per stage (MQL日 / SQL日 / 商談化日),
and an English CRM-style export (Lead Status, Last Modified Date, Lead Owner)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl

from tests.importers.lookalikes import _csv

REPS = ["山田 太郎", "佐藤 花子", "鈴木 一郎"]
_JA_WORDS = ["MQL", "SQL", "商談化", "ナーチャリング", "新規", "MQL", "SQL"]
_STAGE = {"MQL": "mql", "SQL": "sql", "商談化": "opportunity", "ナーチャリング": None, "新規": None}


def _expected(stages: list[str | None]) -> dict[str, int]:
    """MQL数 / SQL数 / 商談化 with each stage implying the ones before it."""
    order = ["mql", "sql", "opportunity"]
    out = {"mqls": 0, "sqls": 0, "opportunity": 0}
    for s in stages:
        if s is None:
            continue
        for reached in order[:order.index(s) + 1]:
            out[{"mql": "mqls", "sql": "sqls", "opportunity": "opportunity"}[reached]] += 1
    return out


def ja_status_sheet(path: Path) -> tuple[Path, dict[str, int]]:
    """リード一覧.xlsx: 会社名, 担当者様, 電話番号, 担当者, ステータス, 更新日; 35 leads in November 2025."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "リード一覧"
    ws.append(["会社名", "担当者様", "電話番号", "担当者", "ステータス", "流入元", "更新日"])
    stages = []
    for i in range(35):
        word = _JA_WORDS[i % len(_JA_WORDS)]
        ws.append([f"株式会社テスト{i:02d}商事", f"小林{i} 様", f"03-5{i:03d}-{1000 + i}", REPS[i % 3], word,
                   ["展示会", "Web問い合わせ"][i % 2], date(2025, 11, 1) + timedelta(days=i % 28)])
        stages.append(_STAGE[word])
    wb.save(path)
    return path, {**_expected(stages), "leads": 35}


def stage_day_columns(path: Path) -> tuple[Path, dict[str, int]]:
    """leads.csv with 会社名, 担当営業, MQL日, SQL日, 商談化日 (empty when not reached): 30 leads, every
    third SQL, every sixth also 商談化; SQL日 alone on two rows (MQL on the same day)."""
    rows, want = [], {"mqls": 0, "sqls": 0, "opportunity": 0}
    for i in range(30):
        mql = date(2025, 10, 1) + timedelta(days=i)
        sql = mql + timedelta(days=5) if i % 3 == 0 else None
        opp = sql + timedelta(days=7) if sql and i % 6 == 0 else None
        if i in (1, 2):  # an SQL day with no MQL day written
            sql, mql = date(2025, 10, 20), None
        rows.append([f"{['サクラ', 'アオバ', 'ミドリ'][i % 3]}工業{i:02d}", REPS[i % 3],
                     mql.strftime("%Y/%m/%d") if mql else "", sql.strftime("%Y/%m/%d") if sql else "",
                     opp.strftime("%Y/%m/%d") if opp else ""])
        want["mqls"] += 1
        want["sqls"] += bool(sql)
        want["opportunity"] += bool(opp)
    header = ["会社名", "担当営業", "MQL日", "SQL日", "商談化日"]
    return _csv(path, header, rows, encoding="utf-8-sig"), want


def crm_lead_export(path: Path) -> tuple[Path, dict[str, int]]:
    """An English CRM lead export: Company, Lead Owner, Lead Status (New / MQL / SQL / Opportunity /
    Unqualified), Last Modified Date (m/d/Y); 40 leads."""
    words = ["New", "MQL", "SQL", "Opportunity", "Unqualified", "MQL", "MQL", "SQL"]
    stage = {"New": None, "MQL": "mql", "SQL": "sql", "Opportunity": "opportunity", "Unqualified": None}
    owners = ["Lazar Mathew", "Thomas Mondrake"]
    rows, stages = [], []
    for i in range(40):
        word = words[i % len(words)]
        day = date(2025, 9, 1) + timedelta(days=i)
        rows.append([f"Acme Holdings {i:02d}", f"Person {i}", owners[i % 2], word, day.strftime("%m/%d/%Y"),
                     f"lead{i}@example.com"])
        stages.append(stage[word])
    header = ["Company", "Full Name", "Lead Owner", "Lead Status", "Last Modified Date", "Email"]
    return _csv(path, header, rows), {**_expected(stages), "leads": 40}
