"""The navigation rail's pages: name, title, icon, and where the widget class lives.

Pages are imported and built the first time they are shown, so start-up pays
only for the page on screen. Each page class takes `(context, parent)`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    name: str
    title: str  # source text; translated in the "Pages" context
    icon: str
    target: str  # "module:Class"

    def load(self) -> type:
        module, _, cls = self.target.partition(":")
        return getattr(importlib.import_module(module), cls)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("welcome", QT_TRANSLATE_NOOP("Pages", "Home"), "welcome", "desktop.views.shell.welcome:WelcomePage"),
    PageSpec("dashboard", QT_TRANSLATE_NOOP("Pages", "Dashboard"), "dashboard",
             "desktop.views.dashboard.page:DashboardPage"),
    PageSpec("activities", QT_TRANSLATE_NOOP("Pages", "Activities"), "activities",
             "desktop.views.activities.page:ActivitiesPage"),
    PageSpec("tree", QT_TRANSLATE_NOOP("Pages", "KPI tree"), "tree", "desktop.views.tree.page:TreePage"),
    PageSpec("import", QT_TRANSLATE_NOOP("Pages", "Import"), "import", "desktop.views.imports.page:ImportPage"),
    PageSpec("review", QT_TRANSLATE_NOOP("Pages", "Reviews"), "review", "desktop.views.reviews.page:ReviewPage"),
    PageSpec("checklist", QT_TRANSLATE_NOOP("Pages", "Checklist"), "checklist",
             "desktop.views.checklist.page:ChecklistPage"),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), "settings",
             "desktop.views.settings.page:SettingsPage"),
)

PAGE_NAMES = tuple(p.name for p in PAGES)


def page(name: str) -> PageSpec:
    for spec in PAGES:
        if spec.name == name:
            return spec
    raise KeyError(name)
