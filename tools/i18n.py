"""Translation workflow for developers (not shipped): keep every tr() string translated.

  python tools/i18n.py update AREA [FILE.py…] lupdate the area's files (by default desktop/views/AREA/, and
                                              desktop/app.py for shell) into desktop/resources/translations/AREA_ja.ts
  python tools/i18n.py fill AREA MAP.json     fill unfinished entries from {"source": "訳", …}
  python tools/i18n.py missing                list tr() strings under desktop/ with no Japanese anywhere,
                                              and strings translated in two files
  python tools/i18n.py dedupe                 drop translations repeated in a later file

Each area is one subpackage of desktop/views (shell, dashboard, tree …) and has one AREA_ja.ts; all of
them compile into one kpidesk_ja.qm (make translations).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "desktop" / "resources" / "translations"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


VIEWS = ROOT / "desktop" / "views"
FIRST = "shell_ja.ts"  # shared words live here; a later area's copy of one is a duplicate


def ts_path(area: str) -> Path:
    return TS_DIR / f"{area}_ja.ts"


def area_files(area: str) -> list[str]:
    """The sources of one area: its view subpackage (and the composition root for the shell)."""
    files = sorted((VIEWS / area).rglob("*.py"))
    if area == "shell":
        files.append(ROOT / "desktop" / "app.py")
    return [str(p) for p in files if _has_tr(p)]


def update(area: str, files: list[str]) -> None:
    files = files or area_files(area)
    if not files:
        raise SystemExit(f"no translatable sources for area {area!r} (expected desktop/views/{area}/)")
    subprocess.run([str(LUPDATE), "-silent", "-no-obsolete", "-target-language", "ja_JP", *files,
                    "-ts", str(ts_path(area))], check=True)


def messages(path: Path):  # noqa: ANN201 - yields (context, source, translation element)
    tree = ET.parse(path)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg.findtext("source"), msg.find("translation")


def fill(area: str, mapping_file: str) -> None:
    path = ts_path(area)
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    tree = ET.parse(path)
    for msg in tree.getroot().iter("message"):
        source, tr = msg.findtext("source"), msg.find("translation")
        if source in mapping and tr is not None:
            tr.text = mapping[source]
            tr.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def translated() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for path in sorted(TS_DIR.glob("*.ts")):
        for ctx, source, tr in messages(path):
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                out[(ctx, source)] = tr.text
    return out


def missing() -> list[tuple[str, str]]:
    """Every (context, source) lupdate finds under desktop/ that no .ts translates."""
    files = [str(p) for p in sorted((ROOT / "desktop").rglob("*.py")) if _has_tr(p)]
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.ts"
        subprocess.run([str(LUPDATE), "-silent", *files, "-ts", str(probe)], check=True)
        have = translated()
        return [(ctx, src) for ctx, src, _ in messages(probe) if (ctx, src) not in have]


def duplicates() -> list[tuple[str, str, str]]:
    """(context, source, file) translated again in a later file: lrelease keeps one, silently."""
    seen: set[tuple[str, str]] = set()
    dups = []
    for path in sorted(TS_DIR.glob("*.ts"), key=lambda p: (p.name != FIRST, p.name)):
        for ctx, src, _ in messages(path):
            if (ctx, src) in seen:
                dups.append((ctx, src, path.name))
            seen.add((ctx, src))
    return dups


def drop_duplicates() -> None:
    """Remove messages already translated in shell_ja.ts or an earlier file (dev helper)."""
    seen: set[tuple[str, str]] = set()
    for path in sorted(TS_DIR.glob("*.ts"), key=lambda p: (p.name != FIRST, p.name)):
        tree = ET.parse(path)
        for ctx in list(tree.getroot().iter("context")):
            name = ctx.findtext("name")
            for msg in list(ctx.findall("message")):
                key = (name, msg.findtext("source"))
                if key in seen:
                    ctx.remove(msg)
                seen.add(key)
        for ctx in list(tree.getroot().findall("context")):
            if not ctx.findall("message"):
                tree.getroot().remove(ctx)
        tree.write(path, encoding="utf-8", xml_declaration=True)


def _has_tr(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return "tr(" in text or "QT_TRANSLATE_NOOP" in text or "translate(" in text


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"] and len(argv) >= 2:
        update(argv[1], argv[2:])
    elif argv[:1] == ["fill"] and len(argv) == 3:
        fill(argv[1], argv[2])
    elif argv[:1] == ["missing"]:
        gaps = missing()
        for ctx, src in gaps:
            print(f"{ctx}\t{src!r}")
        dups = duplicates()
        for ctx, src, name in dups:
            print(f"duplicate in {name}: {ctx}\t{src!r}")
        return 1 if gaps or dups else 0
    elif argv[:1] == ["dedupe"]:
        drop_duplicates()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
