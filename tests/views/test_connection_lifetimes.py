"""Connections to objects that can be deleted (pages rebuilt when the database is switched, dialogs
closed, workers finished) are ones Qt drops when their receiver goes.

The rule, checked over desktop/views and desktop/app.py:
- `QTimer.singleShot` always names its context object (`singleShot(ms, receiver, slot)`): the call
  is dropped when the receiver is deleted first.
- A lambda, `functools.partial` or local function is connected only to a signal of an object the
  connecting code owns (its own child widgets). Signals of shared, longer-lived objects (the store's
  signals, the undo stack, the application, a worker, the quick-log queue, the store itself) are
  connected to bound methods of QObjects, which Qt disconnects when that QObject is deleted; a
  lambda connected there outlived its page and called a deleted QTimer.
"""

from __future__ import annotations

import ast
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
SOURCES = sorted((DESKTOP / "views").rglob("*.py")) + [DESKTOP / "app.py"]
SHARED = {"signals", "context", "undo", "store", "queue", "changes", "worker", "app", "QApplication",
          "QCoreApplication", "QGuiApplication", "instance", "globalInstance"}


def _names(node: ast.AST) -> set[str]:
    """Every name and attribute along a dotted expression (`self.context.signals.changed` → …)."""
    found: set[str] = set()
    while True:
        if isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
            node = node.value
        elif isinstance(node, ast.Name):
            return found | {node.id}
        else:
            return found


def _is_closure(node: ast.AST, local_functions: set[str]) -> bool:
    if isinstance(node, ast.Lambda):
        return True
    if isinstance(node, ast.Call) and _names(node.func) & {"partial"}:
        return True
    return isinstance(node, ast.Name) and node.id in local_functions


def _problems(path: Path) -> list[str]:
    return _scan(path.read_text(encoding="utf-8"), str(path.relative_to(DESKTOP.parent)))


def _scan(source: str, name: str) -> list[str]:
    tree = ast.parse(source)
    local_functions = {f.name for outer in ast.walk(tree) if isinstance(outer, (ast.FunctionDef, ast.AsyncFunctionDef))
                       for f in ast.walk(outer) if isinstance(f, ast.FunctionDef) and f is not outer}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        where = f"{name}:{node.lineno}"
        if node.func.attr == "singleShot" and len(node.args) == 2:
            found.append(f"{where}: QTimer.singleShot without a context object: {ast.unparse(node)}")
        elif node.func.attr == "connect" and node.args and _is_closure(node.args[0], local_functions):
            sender = node.func.value  # the signal: `<object>.<signal>`
            owner = sender.value if isinstance(sender, ast.Attribute) else sender
            if _names(owner) & SHARED:
                found.append(f"{where}: a closure connected to a shared object's signal: {ast.unparse(node)}")
    return found


def test_every_timer_and_connection_goes_with_its_receiver() -> None:
    problems = [p for path in SOURCES for p in _problems(path)]
    assert problems == [], "\n".join(problems)


def test_the_rule_finds_what_it_forbids() -> None:
    sample = ("def build(self, worker):\n"
              "    QTimer.singleShot(0, lambda: self.refresh())\n"
              "    QTimer.singleShot(0, self, self.refresh)\n"
              "    self.context.signals.changed.connect(lambda c: self.poke())\n"
              "    worker.signals.finished.connect(partial(self.done, 1))\n"
              "    self.button.clicked.connect(lambda: self.poke())\n"
              "    self.context.signals.changed.connect(self._on_store_changed)\n")
    assert [p.split(":")[1] for p in _scan(sample, "sample")] == ["2", "4", "5"]
