"""The main window: docks around the reader, menus and toolbar, wired through ProjectContext.

Thin on purpose: it builds the window and, for an opened project, the panels, and wires them
together. Each feature lives in its own module under workbench.ui.window:

- layout.py         docks, default sizes, saved geometry/state, focus/zoom/theme switches
- projects.py       open, new, sample, Open Recent, reopening where the analyst left off
- transfer.py       import (dialog, paste, drag and drop) and the export dialog
- claim_editing.py  new/edit/split/merge/delete claims, delete an article, copy claims
- status.py         status-bar totals and messages, the Help menu
- safety.py         View → Reload, the read-only badge, rolling backups, Restore from Backup
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QUndoView, QVBoxLayout, QWidget

from workbench.ui.actions import WindowActions
from workbench.ui.context import ProjectContext
from workbench.ui.import_controller import ImportController
from workbench.ui.settings import ui_settings
from workbench.ui.theme import app_icon, current_theme
from workbench.ui.triage import Triage
from workbench.ui.views.articles_list import ArticlesPanel
from workbench.ui.views.claims_table import ClaimsPanel
from workbench.ui.views.inspector import InspectorPanel
from workbench.ui.views.reader import ReaderPanel
from workbench.ui.views.similar_claims import SimilarClaimsPanel
from workbench.ui.window.base import PlaceholderPanel
from workbench.ui.window.claim_editing import ClaimEditingMixin
from workbench.ui.window.fact_docks import FactDocksMixin
from workbench.ui.window.layout import LayoutMixin
from workbench.ui.window.projects import MAX_RECENT, PROJECT_FILTER, ProjectsMixin
from workbench.ui.window.safety import SafetyMixin
from workbench.ui.window.status import StatusMixin
from workbench.ui.window.transfer import TransferMixin

__all__ = ["MAX_RECENT", "PROJECT_FILTER", "MainWindow", "PlaceholderPanel"]

DEFAULT_SIZE = (1480, 920)


class MainWindow(ProjectsMixin, SafetyMixin, TransferMixin, ClaimEditingMixin, FactDocksMixin, LayoutMixin,
                 StatusMixin):
    def __init__(self, parent: QWidget | None = None, *, restore_layout: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle("Claim Workbench")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.ctx = None
        self.project_path = None
        self.articles_panel = self.claims_panel = self.reader_panel = None
        self.inspector_panel = self.similar_panel = None
        self.import_controller = None
        self._shortcuts = []
        self._drop_overlay = None
        self._restore_layout = restore_layout

        self._center = QWidget(self)
        self._center.setObjectName("ReaderContainer")
        center_layout = self._center_layout = QVBoxLayout(self._center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        self._empty = QLabel("No project open.\nUse File → Open Project or File → New Project.", self._center)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        center_layout.addWidget(self._empty)
        self.setCentralWidget(self._center)
        self._build_docks()

        self.triage = Triage(self)
        self.actions_ = WindowActions(self)
        self.actions_.build_menus()
        self.actions_.add_view_toggles([d.toggleViewAction() for d in self.docks()])
        self.toolbar = self.actions_.build_toolbar()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.actions_.theme_actions.get(current_theme(), self.actions_.theme_actions["system"]).setChecked(True)

        self.stats = QLabel(self)
        self.stats.setObjectName("ProjectStats")
        self.statusBar().addPermanentWidget(self.stats)
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(400)
        self._stats_timer.timeout.connect(self._update_stats)

        screen = QGuiApplication.primaryScreen()
        if screen is not None:  # first run: a comfortable size that fits the screen
            area = screen.availableGeometry()
            self.resize(min(DEFAULT_SIZE[0], int(area.width() * 0.94)), min(DEFAULT_SIZE[1], int(area.height() * 0.92)))
        else:
            self.resize(*DEFAULT_SIZE)
        self._set_project_actions_enabled(False)
        if restore_layout:
            self._restore_window_state()
        self._build_welcome()

    def _install(self, ctx: ProjectContext, path: Path) -> None:
        """Build the panels for an opened project and wire them through its context."""
        self.ctx = ctx
        self.project_path = path
        self._group_facts(ctx)  # before any panel exists: they open on current facts
        self.setWindowTitle(f"{path.stem} — Claim Workbench")
        self.setWindowFilePath(str(path))
        settings = ui_settings()

        self.reader_panel = ReaderPanel(ctx, self._center)
        self._empty.hide()
        self._center_layout.addWidget(self.reader_panel)
        self.articles_panel = ArticlesPanel(ctx, self.articles_dock)
        self.articles_dock.setWidget(self.articles_panel)
        self.claims_panel = ClaimsPanel(ctx, self.claims_dock)
        self.claims_dock.setWidget(self.claims_panel)
        header = settings.value("claims/header") if self._restore_layout else None
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.claims_panel.restore_header_state(bytes(header.data()))
        self.claims_panel.activated.connect(lambda _id: self.edit_claim_text())
        self.claims_panel.table.addAction(self.actions_.copy_claims)
        size = settings.value("reader/point_size")
        if size:
            self.reader_panel.set_point_size(float(size))  # type: ignore[arg-type]
        ctx.claimSelected.connect(self._show_position)
        # rows came or went (an undone split, a filter): "Claim X of N" must not go stale
        self.claims_panel.model.countsChanged.connect(lambda _rows: self._refresh_position())

        self.inspector_panel = InspectorPanel(ctx, self.inspector_dock)
        self.inspector_dock.setWidget(self.inspector_panel)
        self.similar_panel = SimilarClaimsPanel(ctx, self.similar_dock)
        self.similar_dock.setWidget(self.similar_panel)
        history = QUndoView(ctx.undo_stack, self.history_dock)
        history.setEmptyLabel("Project opened")
        history.setAccessibleName("Undo history")
        self.history_dock.setWidget(history)
        self._install_fact_views(ctx)
        self.import_controller = ImportController(ctx, self)
        self.import_controller.importFinished.connect(self._on_import_finished)

        self._wire_actions(ctx)
        self._set_project_actions_enabled(True)
        self._update_stats()
        self._restore_selection(path)
        self.claims_panel.table.setFocus()

    def _wire_actions(self, ctx: ProjectContext) -> None:
        """Context menus, claim keys in the claim widgets, and this project's undo/redo."""
        assert self.reader_panel is not None and self.claims_panel is not None and self.articles_panel is not None
        a = self.actions_
        statuses = list(self.triage.status_actions.values())
        claim_actions: list[QAction | None] = [a.new_claim, a.change_span, a.split_claim, None, a.edit_text,
                                               a.toggle_kind, a.delete_claim]
        self.reader_panel.set_context_actions([*statuses, None, *claim_actions, None, a.find_in_article])
        self.claims_panel.set_context_actions([*statuses, None, a.edit_text, a.merge_claims, a.toggle_kind,
                                               a.delete_claim])
        self.articles_panel.set_context_actions([a.delete_article])
        show_all = ui_settings().value("view/all_kinds", False) in (True, "true", "1")
        a.show_all_kinds.setChecked(show_all)
        if show_all:
            self.claims_panel.set_show_all_kinds(True)
            self.reader_panel.set_show_all_kinds(True)
        show_derived = ui_settings().value("view/derived", False) in (True, "true", "1")
        a.show_derived.setChecked(show_derived)
        if show_derived:
            self.claims_panel.set_show_derived(True)
        self.triage.attach(self.claim_widgets())
        for widget in self.claim_widgets():
            widget.addActions(a.local_actions)
        a.replace_undo_actions(ctx.undo_stack.createUndoAction(ctx, "&Undo"),
                               ctx.undo_stack.createRedoAction(ctx, "&Redo"))
        ctx.changed.connect(self._on_changes)
        ctx.message.connect(self.show_message)
        ctx.derived.activity.connect(self._show_activity)
        advance = ui_settings().value("triage/advance", True)
        self.triage.advance.setChecked(advance not in (False, "false", "0"))

    def find_text(self) -> None:
        """Ctrl+F: find in the article while the reader has the focus, else filter the claims."""
        reader = self.reader_panel
        if reader is not None and (reader.text.hasFocus() or reader.find_bar.isAncestorOf(self.focusWidget())):
            self.find_in_article()
        else:
            self.focus_claims_filter()

    def find_in_article(self) -> None:
        if self.reader_panel is not None:
            self.reader_panel.open_find()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._restore_layout:
            self.save_window_state()
        self.close_project()
        super().closeEvent(event)
