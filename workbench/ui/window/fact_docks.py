"""The project-wide views as docks tabbed with the claims table: Facts, Conflicts, Sources, Overview.

Kept apart from layout.py so the window modules only gain a call each: build the docks with
the others, fill them when a project opens, stop their timers before it closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFrame, QMenu, QScrollArea, QWidget

from workbench.ui.context import ProjectContext
from workbench.ui.window.base import WindowBase

#: attribute -> (object name, title)
FACT_DOCKS = {
    "facts_dock": ("FactsDock", "Facts"),
    "conflicts_dock": ("ConflictsDock", "Conflicts"),
    "sources_dock": ("SourcesDock", "Sources"),
    "overview_dock": ("OverviewDock", "Overview"),
}


def _set_scrolling(dock: QDockWidget, panel: QWidget) -> None:
    """Put a panel in its dock inside a scroll area, so a small window can still shrink the
    dock below the panel's own minimum (it scrolls instead)."""
    area = QScrollArea(dock)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(panel)
    dock.setWidget(area)


class FactDocksMixin(WindowBase):
    facts_dock: QDockWidget
    conflicts_dock: QDockWidget
    sources_dock: QDockWidget
    overview_dock: QDockWidget

    def _build_fact_docks(self) -> None:
        for attr, (name, title) in FACT_DOCKS.items():
            dock = self._dock(name, title, Qt.DockWidgetArea.BottomDockWidgetArea)  # type: ignore[attr-defined]
            setattr(self, attr, dock)
            self.tabifyDockWidget(self.claims_dock, dock)
        self.claims_dock.raise_()

    def fact_docks(self) -> tuple[QDockWidget, ...]:
        return tuple(getattr(self, attr) for attr in FACT_DOCKS)

    def _group_facts(self, ctx: ProjectContext) -> None:
        """Group the facts in the background if the links changed since (a project matched
        elsewhere, an older file); the views show the last grouping until it lands."""
        ctx.derived.request_regroup()

    def _install_fact_views(self, ctx: ProjectContext) -> None:
        from workbench.ui.views.conflicts_view import ConflictsPanel
        from workbench.ui.views.facts_view import FactsPanel
        from workbench.ui.views.overview_view import OverviewPanel
        from workbench.ui.views.sources_view import SourcesPanel

        self.facts_panel = FactsPanel(ctx, self.facts_dock)
        _set_scrolling(self.facts_dock, self.facts_panel)
        self.conflicts_panel = ConflictsPanel(ctx, self.conflicts_dock)
        _set_scrolling(self.conflicts_dock, self.conflicts_panel)
        self.sources_panel = SourcesPanel(ctx, self.sources_dock)
        _set_scrolling(self.sources_dock, self.sources_panel)
        self.overview_panel = OverviewPanel(ctx, self.overview_dock)
        _set_scrolling(self.overview_dock, self.overview_panel)
        for panel in (self.facts_panel, self.conflicts_panel, self.sources_panel, self.overview_panel):
            ctx.closing.connect(panel.shutdown)  # no refresh timer fires into a closed project
        self.conflicts_panel.factRequested.connect(self.show_fact)
        self.overview_panel.filterRequested.connect(self.show_facts_filter)

    def _shutdown_fact_views(self) -> None:
        """Stop the views' refresh timers before the store closes (a timer must not fire into it)."""
        for attr in ("facts_panel", "conflicts_panel", "sources_panel", "overview_panel"):
            panel = getattr(self, attr, None)
            if panel is not None:
                panel.shutdown()
                setattr(self, attr, None)

    def show_fact(self, fact_id: int) -> None:
        if getattr(self, "facts_panel", None) is not None:
            self.facts_dock.show()
            self.facts_dock.raise_()
            self.facts_panel.select_fact(fact_id)

    def show_facts_filter(self, key: str) -> None:
        if getattr(self, "facts_panel", None) is not None:
            self.facts_dock.show()
            self.facts_dock.raise_()
            self.facts_panel.set_filter(key)

    def populate_debt_menu(self, menu: QMenu) -> None:
        """View → Verification Debt: each saved filter opens the Facts view on it."""
        from workbench.core.facts import DEBT_RULES

        for name, label in DEBT_RULES.items():
            action = QAction(label, menu)
            action.triggered.connect(lambda _c=False, n=name: self.show_facts_filter(f"debt:{n}"))
            menu.addAction(action)
