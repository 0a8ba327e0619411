"""CSV/TSV as Japanese offices save them: UTF-8 (BOM or not), UTF-16 "Unicode text", CP932."""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from pathlib import Path

from desktop.importers.errors import ImportRefused
from desktop.importers.safety import looks_like_markup

DELIMITERS = (",", "\t", ";")
MAX_BYTES = 100 * 1024**2  # parsed in this process: bounded by size, not by a sandbox
_SAMPLE_LINES = 50
_UTF8_EVIDENCE = 4  # non-ASCII characters that decoded as UTF-8 before the first bad byte
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Text and encoding, tried in a fixed order: BOM, strict UTF-8, strict CP932; never a guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(path, data, encoding), encoding
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return _strict(path, data, utf16), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        _refuse_broken_utf8(path, data, error)
    try:
        return data.decode("cp932"), "cp932"
    except UnicodeDecodeError:
        pass
    raise ImportRefused("unknown_encoding", path, "not UTF-8, UTF-16 or Shift_JIS (CP932)")


def _refuse_broken_utf8(path: Path, data: bytes, error: UnicodeDecodeError) -> None:
    """Japanese UTF-8 up to one bad byte is damaged UTF-8: reading it as CP932 would garble it."""
    before = data[:error.start].decode("utf-8")
    if sum(1 for char in before if ord(char) > 0x7F) >= _UTF8_EVIDENCE:
        line = before.count("\n") + 1
        raise ImportRefused("unknown_encoding", path, f"UTF-8 with an invalid byte on line {line}")


def _strict(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ImportRefused("unknown_encoding", path, f"{encoding}: {error.reason}") from None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM only when the zero bytes make it unmistakable (ASCII-heavy text)."""
    sample = data[:2048]
    half = max(len(sample) // 2, 1)
    if sample[1::2].count(0) > half * 0.6:
        return "utf-16-le"
    if sample[0::2].count(0) > half * 0.6:
        return "utf-16-be"
    return None


def sniff_delimiter(text: str) -> str:
    """The delimiter giving the most lines with the same number (>1) of fields."""
    lines = text[:65536].splitlines()[:_SAMPLE_LINES]
    if lines and len(lines[0]) == 5 and lines[0].lower().startswith("sep="):
        return lines[0][4]  # Excel's own hint line
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        widths = [len(row) for row in csv.reader(lines, delimiter=delimiter) if any(row)]
        common = Counter(w for w in widths if w > 1).most_common(1)
        score = (common[0][1], common[0][0]) if common else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def unwrap_lines(text: str) -> str:
    """Some exports quote each whole line ("日付;担当者;結果"): one field per line, whatever the
    delimiter. When every line is so wrapped (and holds no other quote), the wrapping goes."""
    lines = text.splitlines()
    filled = [ln for ln in lines[:_SAMPLE_LINES] if ln.strip()]
    if not filled or not all(_wrapped(ln) for ln in filled):
        return text
    return "\r\n".join(ln.strip()[1:-1] if _wrapped(ln) else ln for ln in lines)


def _wrapped(line: str) -> bool:
    body = line.strip()
    return len(body) >= 2 and body[0] == body[-1] == '"' and '"' not in body[1:-1] and any(
        d in body for d in DELIMITERS)


def read_rows(path: Path, data: bytes) -> tuple[list[list[object]], str]:
    """All rows of a delimited text file (empty cells as None) and the encoding used."""
    text, encoding = decode(path, data)
    if "\x00" in text:
        raise ImportRefused("not_spreadsheet", path, "binary data")
    if looks_like_markup(text[:500]):
        raise ImportRefused("not_spreadsheet", path, "HTML or XML, not delimited text")
    text = unwrap_lines(text)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [[cell if cell.strip() else None for cell in row] for row in reader]
    except csv.Error as error:
        code = "cell_too_long" if "field limit" in str(error) else "corrupt"  # a 1 MB note is not damage
        raise ImportRefused(code, path, f"line {reader.line_num}: {error}") from None
    return rows, encoding
