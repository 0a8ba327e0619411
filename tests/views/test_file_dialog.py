"""The app's file dialogs write sizes as Explorer does (121 KB), in Japanese, not Qt's 「120.56 KiB」."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTreeView

from desktop.views.shell.file_dialog import file_dialog, size_text


def _sizes(qtbot, folder: Path, save: bool) -> tuple[dict[str, str], list[str], QFileDialog]:  # noqa: ANN001
    dialog = file_dialog(None, "開く", str(folder), "すべてのファイル (*)", save=save)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own dialog, as on Linux
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()

    def rows() -> dict[str, str]:
        root = view.rootIndex()
        return {model.index(r, 0, root).data(): model.index(r, 1, root).data() for r in range(model.rowCount(root))}

    qtbot.waitUntil(lambda: len(rows()) == 4)
    head = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    fm, header = view.fontMetrics(), view.header()
    for column, longest in ((2, "PDF ドキュメント"), (3, "2026/12/02 18:44")):  # Qt's own start cut these
        assert fm.horizontalAdvance(longest) < header.sectionSize(column)
    return rows(), head, dialog


def test_sizes_are_whole_kilobytes_and_the_columns_japanese(japanese, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "レポート.xlsx").write_bytes(b"x" * 123_456)
    (tmp_path / "big.sqlite3").write_bytes(b"x" * 5_000_000)
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "フォルダ").mkdir()
    for save in (False, True):
        sizes, head, _dialog = _sizes(qtbot, tmp_path, save)
        assert sizes["レポート.xlsx"] == "121 KB" and sizes["big.sqlite3"] == "4,883 KB"
        assert sizes["empty.csv"] == "0 KB" and "KB" not in (sizes["フォルダ"] or "")
        assert not [s for s in sizes.values() if s and "iB" in s]
        assert head == ["名前", "サイズ", "タイプ", "更新日"]


def test_size_text_rounds_up_like_explorer() -> None:
    assert [size_text(n) for n in (0, 1, 1024, 1025, 1_048_576)] == ["0 KB", "1 KB", "1 KB", "2 KB", "1,024 KB"]
