"""Pages that are closed (rebuilt, database switched) are never called back by the Store's signal."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from desktop.models.tables import MemberIn
from desktop.views.activities.quality_panel import QualityPanel
from desktop.views.activities.quick_log import QuickLogPanel


def _delete_now(widget) -> None:  # noqa: ANN001
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("page", [QualityPanel, QuickLogPanel])
def test_a_deleted_panel_is_not_called_when_the_store_changes(page, context, store, qapp,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    errors: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: errors.append(f"{kind.__name__}: {exc}"))
    _delete_now(page(context))
    store.add_member(MemberIn(name="山田 太郎"))  # publishes a change through context.signals
    QCoreApplication.processEvents()
    assert errors == []
