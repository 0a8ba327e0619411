"""The one exception an importer raises: a file it will not read, with a code for the message."""

from __future__ import annotations

from pathlib import Path

CODES = frozenset({
    "encrypted", "corrupt", "not_spreadsheet", "zip_bomb", "too_large", "too_many_cells",
    "xml_attack", "empty", "unreadable", "timeout", "reader_crashed", "wrong_extension",
    "unknown_encoding", "cancelled", "not_found", "sheet_not_found", "changed", "cell_too_long",
})


class ImportRefused(Exception):
    """A whole file refused: `code` (see CODES) names the problem, `detail` is for the log."""

    def __init__(self, code: str, path: Path | str, detail: str = "") -> None:
        self.code = code
        self.path = Path(path)
        self.detail = detail
        super().__init__(f"{self.path.name}: {code}" + (f" ({detail})" if detail else ""))

    def __reduce__(self) -> tuple:
        return (type(self), (self.code, self.path, self.detail))
