"""Seeded, realistic KPI Desk databases for the benchmarks: 20 reps, two years, a million activities.

`make_database(path, activities=1_000_000)` copies a cached build (bench/out/cache, or
$KPIDESK_BENCH_CACHE) keyed by its parameters and the schema (revision and migration scripts). A
build creates the schema with `Store.open` (the real migrations), writes the facts with raw `sqlite3.executemany`
in one transaction (activity indexes dropped and recreated around the load) and then calls
`store.rebuild_rollups()`. `via_store=True` instead writes the facts through `Store.bulk_add`
in shuffled chunks, so the rollup is maintained incrementally (used to check rebuild == incremental).
"""

from __future__ import annotations

import hashlib
import math
import os
import random
import shutil
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

from desktop.kpi.periods import BusinessCalendar
from desktop.models.demo import deal_fate

DATA_VERSION = 2  # bump when the generator changes: cached files are rebuilt
END_DAY = date(2025, 11, 20)
CACHE = Path(__file__).with_name("out") / "cache"

_SURNAMES = ("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
             "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水")
_GIVEN = ("太郎", "花子", "一郎", "美咲", "健太", "陽菜", "大輔", "さくら", "翔", "由美",
          "拓也", "愛", "直樹", "恵", "亮", "彩", "誠", "真由美", "悠人", "結衣")
_PREFIX = ("サクラ", "アオバ", "ミドリ", "ひかり", "北斗", "東海", "大和", "みらい", "ソラ", "コスモ",
           "エムズ", "ユニオン", "富士", "アサヒ", "ノース", "セントラル", "かもめ", "いろは")
_SUFFIX = ("テック", "物産", "工業", "システムズ", "ソリューションズ", "商事", "製作所", "ロジスティクス",
           "メディカル", "不動産")
_PEOPLE = ("小林", "中村", "加藤", "吉田", "山口", "松本", "井上", "木村", "林", "清水", "森", "池田")
_NOTES = ("資料送付希望", "来月再架電", "決裁者は部長", "他社導入済み", "予算は下期", "担当者変更あり")
_KINDS = ("call", "email", "follow_up", "meeting")
_KIND_WEIGHTS = (0.70, 0.18, 0.10, 0.02)
TALLY_MEMBERS = 3  # the last three reps keep a daily tally of visits (meetings) instead of logging them


@dataclass(frozen=True)
class Rep:
    """One rep's habits: share of the team's volume and own ladder rates."""

    member_id: int
    volume: float
    connect: float
    appointment: float


def make_database(path: str | Path, *, activities: int = 1_000_000, members: int = 20, years: int = 2,
                  seed: int = 1, via_store: bool = False) -> Path:
    """A database at `path` with these facts: a copy of the cached build (built if missing)."""
    path = Path(path)
    if via_store:
        return build_database(path, activities=activities, members=members, years=years, seed=seed,
                              via_store=True)
    source = cached_database(activities=activities, members=members, years=years, seed=seed)
    if path.resolve() != source.resolve():
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        shutil.copyfile(source, path)
    return path


def cached_database(*, activities: int = 1_000_000, members: int = 20, years: int = 2, seed: int = 1) -> Path:
    """The cached build for these parameters (treat it as read-only; copy it to write)."""
    from desktop.models.migrate import head_revision

    folder = Path(os.environ.get("KPIDESK_BENCH_CACHE") or CACHE)
    folder.mkdir(parents=True, exist_ok=True)
    name = (f"kpidesk-a{activities}-m{members}-y{years}-s{seed}-v{DATA_VERSION}-r{head_revision()}"
            f"-{_schema_digest()}.sqlite3")
    path = folder / name
    if not path.exists():
        partial = folder / (name + ".partial")
        started = time.perf_counter()
        build_database(partial, activities=activities, members=members, years=years, seed=seed)
        partial.replace(path)
        print(f"# built {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return path


def _schema_digest() -> str:
    """Of the migration scripts: a migration changed before it is merged never reuses a stale build."""
    from desktop.models.migrate import MIGRATIONS

    scripts = sorted((MIGRATIONS / "versions").glob("*.py"))
    return hashlib.sha256(b"".join(p.read_bytes() for p in scripts)).hexdigest()[:8]


def build_database(path: Path, *, activities: int, members: int = 20, years: int = 2, seed: int = 1,
                   via_store: bool = False) -> Path:
    """Build at `path` (replacing it), without the cache."""
    from desktop.models.settings import DomainSettings
    from desktop.models.store import Store

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    store = Store.open(path)
    try:
        store.save_domain_settings(DomainSettings(phase="growth"))
        days = BusinessCalendar().business_days(END_DAY - timedelta(days=365 * years - 1), END_DAY)
        facts = _facts(rng, days, activities, members)
        if via_store:
            _write_via_store(store, rng, facts)
        else:
            _write_raw(path, facts)
            store.rebuild_rollups()
    finally:
        store.close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path


# ---- the facts ---------------------------------------------------------------------


def _facts(rng: random.Random, days: list[date], total: int, members: int) -> dict[str, list]:
    reps = [Rep(m, rng.uniform(0.75, 1.25), rng.uniform(0.10, 0.20), rng.uniform(0.06, 0.13))
            for m in range(1, members + 1)]
    member_rows = [_member(i, m.member_id) for i, m in enumerate(reps)]
    leads = max(50, total // 200)
    lead_rows = [_lead(rng, i + 1, members) for i in range(leads)]
    acts = _activities(rng, days, reps, total, leads)
    deals = _deals(rng, acts, days[-1])
    tallies = [(d.isoformat(), r.member_id, "meetings", rng.randint(0, 3), None)
               for d in days for r in reps[-TALLY_MEMBERS:] if members > TALLY_MEMBERS]
    return {"member": member_rows, "lead": lead_rows, "activity": acts, "deal": deals, "tally": tallies}


def _member(i: int, member_id: int) -> tuple:
    name = f"{_SURNAMES[i % len(_SURNAMES)]} {_GIVEN[(i * 7) % len(_GIVEN)]}"
    if i >= len(_SURNAMES):
        name += f" {i // len(_SURNAMES) + 1}"
    return (member_id, name, f"第{i // 10 + 1}チーム", "rep", 1, name.replace(" ", "").lower())


def _lead(rng: random.Random, lead_id: int, members: int) -> tuple:
    company = f"株式会社{rng.choice(_PREFIX)}{rng.choice(_SUFFIX)}{lead_id}"
    phone = f"0{rng.choice((3, 6, 45, 52, 92))}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return (lead_id, company, f"{rng.choice(_PEOPLE)} 様", phone, f"info{lead_id}@example.co.jp",
            rng.choice(("展示会", "Web問い合わせ", "リスト購入", "紹介")),
            rng.choice(("new", "new", "mql", "sql", "nurturing")), rng.randint(1, members),
            None, company.lower(), None)


def _activities(rng: random.Random, days: list[date], reps: list[Rep], total: int, leads: int) -> list[tuple]:
    """Exactly `total` rows in day order, spread over business days by each rep's volume."""
    pairs = [(d, r) for d in days for r in reps]
    counts = [0] * len(pairs)
    weights = [r.volume * rng.uniform(0.6, 1.4) for _, r in pairs]
    for i in rng.choices(range(len(pairs)), weights=weights, k=total):
        counts[i] += 1
    rows: list[tuple] = []
    for (day, rep), n in zip(pairs, counts, strict=True):
        rows += _day_rows(rng, day.isoformat(), rep, n, leads, len(rows))
    return rows


def _day_rows(rng: random.Random, day: str, rep: Rep, n: int, leads: int, first_id: int) -> list[tuple]:
    kinds = rng.choices(_KINDS, weights=_KIND_WEIGHTS, k=n)
    minutes = sorted(rng.randrange(9 * 60, 19 * 60) for _ in range(n))
    rows = []
    for i, (kind, minute) in enumerate(zip(kinds, minutes, strict=True)):
        outcome = _outcome(rng, rep) if kind == "call" else None
        note = rng.choice(_NOTES) if outcome in ("connected", "appointment") and rng.random() < 0.4 else ""
        rows.append((first_id + i + 1, day, f"{minute // 60:02d}:{minute % 60:02d}:00.000000", rep.member_id,
                     rng.randint(1, leads), kind, outcome, note, None, None))
    return rows


def _outcome(rng: random.Random, rep: Rep) -> str:
    """The call ladder: 不在 / 受付NG, or a connect that ends in アポ, NG or a plain 接続."""
    if rng.random() >= rep.connect:
        return "no_answer" if rng.random() < 0.62 else "gatekeeper"
    r = rng.random()
    if r < rep.appointment:
        return "appointment"
    return "rejected" if r < rep.appointment + 0.35 else "connected"


def _deals(rng: random.Random, acts: list[tuple], last_day: date) -> list[tuple]:
    rows = []
    for a in acts:
        if a[6] != "appointment" or rng.random() >= 0.27:
            continue
        created = date.fromisoformat(a[1]) + timedelta(days=rng.randint(3, 12))
        if created > last_day:
            continue
        amount = int(round(rng.lognormvariate(13.9, 0.45), -4))
        stage, closed = deal_fate(rng, created, last_day)
        rows.append((len(rows) + 1, f"{a[4]}-導入案件", a[4], a[3], created.isoformat(), amount, stage,
                     closed and closed.isoformat(), None, None, a[0]))
    return rows



# ---- writing them -----------------------------------------------------------------

_INSERT = {
    "member": "INSERT INTO member (id, name, team, role, active, name_key) VALUES (?, ?, ?, ?, ?, ?)",
    "lead": "INSERT INTO lead (id, company, person, phone, email, source, status, owner_id, next_action_day, "
            "company_key, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "activity": "INSERT INTO activity (id, day, at, member_id, lead_id, kind, outcome, note, batch_id, "
                "dedupe_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "deal": "INSERT INTO deal (id, title, lead_id, member_id, created_day, amount, stage, closed_day, "
            "batch_id, dedupe_key, source_activity_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "tally": "INSERT INTO tally (day, member_id, metric, count, batch_id) VALUES (?, ?, ?, ?, ?)",
}


def _write_raw(path: Path, facts: dict[str, list]) -> None:
    """One transaction of executemany; the activity indexes are rebuilt once after the load."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("BEGIN IMMEDIATE")
        indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                               "AND tbl_name = 'activity' AND sql IS NOT NULL").fetchall()
        for name, _sql in indexes:
            conn.execute(f"DROP INDEX {name}")
        for table in ("member", "lead", "activity", "deal", "tally"):
            conn.executemany(_INSERT[table], facts[table])
        for _name, sql in indexes:
            conn.execute(sql)
        conn.execute("COMMIT")  # no ANALYZE: the app never runs it, so plans match users' files
    finally:
        conn.close()


def _write_via_store(store: Any, rng: random.Random, facts: dict[str, list]) -> None:
    """The incremental path: members and leads raw, facts through `Store.bulk_add` in shuffled chunks."""
    conn = sqlite3.connect(store.path)
    try:
        with conn:
            conn.executemany(_INSERT["member"], facts["member"])
            conn.executemany(_INSERT["lead"], facts["lead"])
    finally:
        conn.close()
    acts = [_activity_dict(a) for a in facts["activity"]]
    rng.shuffle(acts)
    chunk = max(1000, math.ceil(len(acts) / 8))
    for start in range(0, len(acts), chunk):
        store.bulk_add(activities=acts[start:start + chunk])
    store.bulk_add(deals=[_deal_dict(d) for d in facts["deal"]],
                   tallies=[{"day": date.fromisoformat(t[0]), "member_id": t[1], "metric": t[2], "count": t[3],
                             "batch_id": None} for t in facts["tally"]])


def _activity_dict(a: tuple) -> dict[str, Any]:
    hour, minute = int(a[2][:2]), int(a[2][3:5])
    return {"id": a[0], "day": date.fromisoformat(a[1]), "at": clock(hour, minute), "member_id": a[3],
            "lead_id": a[4], "kind": a[5], "outcome": a[6], "note": a[7], "batch_id": None, "dedupe_key": None}


def _deal_dict(d: tuple) -> dict[str, Any]:
    return {"id": d[0], "title": d[1], "lead_id": d[2], "member_id": d[3], "created_day": date.fromisoformat(d[4]),
            "amount": d[5], "stage": d[6], "closed_day": d[7] and date.fromisoformat(d[7]), "batch_id": None,
            "dedupe_key": None, "source_activity_id": d[10]}


if __name__ == "__main__":  # python -m bench.data [activities]: build (or reuse) the cached database
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    print(cached_database(activities=size))
