"""The main window: docks around the reader, menus and toolbar, wired through ProjectContext.

Thin on purpose: panels talk to each other only through the context's signals; this module
builds them, places them, persists the layout and routes menu actions to commands.
Panels built by other modules (inspector, similar claims, import, export) are imported
defensively so the window still works while one of them is missing.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from workbench import __version__
from workbench.core.store import Change, Store, StoreError
from workbench.ui import app as ui_app
from workbench.ui.actions import WindowActions
from workbench.ui.commands.claim_commands import (
    make_change_span,
    make_create,
    make_delete,
    make_edit_text,
    make_merge,
    make_split,
    make_toggle_claim_kind,
)
from workbench.ui.context import ProjectContext
from workbench.ui.triage import Triage
from workbench.ui.views.articles_list import ArticlesPanel
from workbench.ui.views.claims_table import ClaimsPanel
from workbench.ui.views.reader import ReaderPanel

PROJECT_FILTER = "Claim Workbench projects (*.wbproj *.db *.sqlite);;All files (*)"
MAX_RECENT = 10
DEFAULT_SIZE = (1480, 920)


def _optional(module: str, name: str) -> Any:
    """A class from a module another engineer provides, or None while it does not exist."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


class PlaceholderPanel(QWidget):
    """Stands in for a panel whose module is not available in this build."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(label)


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None, *, restore_layout: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle("Claim Workbench")
        self.setWindowIcon(ui_app.app_icon())
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.ctx: ProjectContext | None = None
        self.project_path: Path | None = None
        self.articles_panel: ArticlesPanel | None = None
        self.claims_panel: ClaimsPanel | None = None
        self.reader_panel: ReaderPanel | None = None
        self.inspector_panel: QWidget | None = None
        self.similar_panel: QWidget | None = None
        self.import_controller: Any = None
        self._shortcuts: list[tuple[str, QAction]] = []
        self._drop_overlay: QLabel | None = None
        self._restore_layout = restore_layout

        self._center = QWidget(self)
        self._center.setObjectName("ReaderContainer")
        center_layout = self._center_layout = QVBoxLayout(self._center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        self._empty = QLabel("No project open.\nUse File → Open Project or File → New Project.", self._center)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        center_layout.addWidget(self._empty)
        self.setCentralWidget(self._center)

        self.articles_dock = self._dock("ArticlesDock", "Articles", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.claims_dock = self._dock("ClaimsDock", "Claims", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.inspector_dock = self._dock("InspectorDock", "Inspector", Qt.DockWidgetArea.RightDockWidgetArea)
        self.similar_dock = self._dock("SimilarDock", "Similar Claims", Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(self.inspector_dock, self.similar_dock, Qt.Orientation.Vertical)
        # Every undoable step of this session; click one to go back (or forward) to it.
        self.history_dock = self._dock("UndoHistoryDock", "Undo History", Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.similar_dock, self.history_dock)
        self.similar_dock.raise_()
        self.history_dock.hide()

        self.triage = Triage(self)
        self.actions_ = WindowActions(self)
        self.actions_.build_menus()
        self.actions_.add_view_toggles([d.toggleViewAction() for d in
                                        (self.articles_dock, self.claims_dock, self.inspector_dock, self.similar_dock,
                                         self.history_dock)])
        self.toolbar = self.actions_.build_toolbar()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.actions_.theme_actions.get(ui_app.current_theme(), self.actions_.theme_actions["system"]).setChecked(True)

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
        self._sized_once = False
        self._set_project_actions_enabled(False)
        if restore_layout:
            self._restore_window_state()

    # -- building ---------------------------------------------------------------------------

    def _dock(self, name: str, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        dock.setWidget(PlaceholderPanel("No project open", dock))
        self.addDockWidget(area, dock)
        return dock

    def register_shortcut(self, group: str, action: QAction) -> None:
        self._shortcuts.append((group, action))

    def replace_registered(self, old: QAction, new: QAction) -> None:
        self._shortcuts = [(g, new if a is old else a) for g, a in self._shortcuts]

    def claim_widgets(self) -> list[QWidget]:
        """Where single-key triage and claim keys work: the claims table, the reader, the articles."""
        widgets: list[QWidget] = []
        if self.claims_panel is not None:
            widgets.append(self.claims_panel.table)
        if self.reader_panel is not None:
            widgets.append(self.reader_panel.text)
        if self.articles_panel is not None:
            widgets.append(self.articles_panel.table)
        return widgets

    def registered_shortcuts(self) -> list[tuple[str, QAction]]:
        return list(self._shortcuts)

    def _apply_default_sizes(self) -> None:
        width, height = self.width(), self.height()
        self.resizeDocks([self.articles_dock, self.inspector_dock],
                         [max(280, int(width * 0.22)), max(330, int(width * 0.25))], Qt.Orientation.Horizontal)
        self.resizeDocks([self.claims_dock], [max(240, int(height * 0.36))], Qt.Orientation.Vertical)
        self.resizeDocks([self.inspector_dock, self.similar_dock],
                         [int(height * 0.58), int(height * 0.42)], Qt.Orientation.Vertical)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized_once:
            self._sized_once = True
            if not self._restored:
                self._apply_default_sizes()

    _restored = False

    def _restore_window_state(self) -> None:
        settings = ui_app.ui_settings()
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray | bytes) and state:
            self._restored = self.restoreState(state)

    def save_window_state(self) -> None:
        settings = ui_app.ui_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.claims_panel is not None:
            settings.setValue("claims/header", QByteArray(self.claims_panel.header_state()))
        settings.setValue("triage/advance", self.triage.advance.isChecked())
        settings.sync()

    def reset_layout(self) -> None:
        for dock in (self.articles_dock, self.claims_dock, self.inspector_dock, self.similar_dock):
            dock.setFloating(False)
            dock.show()
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.articles_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.claims_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        self.splitDockWidget(self.inspector_dock, self.similar_dock, Qt.Orientation.Vertical)
        self.history_dock.setFloating(False)
        self.tabifyDockWidget(self.similar_dock, self.history_dock)
        self.history_dock.hide()
        self._apply_default_sizes()

    # -- projects ---------------------------------------------------------------------------

    def open_project(self, path: str | Path) -> bool:
        path = Path(path).expanduser()
        try:
            store = Store.open(path, create=False)
        except StoreError as exc:
            QMessageBox.warning(self, "Cannot open project", f"{path}:\n{exc}")
            self._forget_recent(path)
            return False
        self.close_project()
        self._install(ProjectContext(store, self), path)
        return True

    def _install(self, ctx: ProjectContext, path: Path) -> None:
        self.ctx = ctx
        self.project_path = path
        self.setWindowTitle(f"{path.stem} — Claim Workbench")
        self.setWindowFilePath(str(path))

        self.reader_panel = ReaderPanel(ctx, self._center)
        self._empty.hide()
        self._center_layout.addWidget(self.reader_panel)
        self.articles_panel = ArticlesPanel(ctx, self.articles_dock)
        self.articles_dock.setWidget(self.articles_panel)
        self.claims_panel = ClaimsPanel(ctx, self.claims_dock)
        self.claims_dock.setWidget(self.claims_panel)
        header = ui_app.ui_settings().value("claims/header") if self._restore_layout else None
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.claims_panel.restore_header_state(bytes(header.data()))
        self.claims_panel.activated.connect(lambda _id: self.edit_claim_text())
        self.claims_panel.table.addAction(self.actions_.copy_claims)
        size = ui_app.ui_settings().value("reader/point_size")
        if size:
            self.reader_panel.set_point_size(float(size))  # type: ignore[arg-type]
        ctx.claimSelected.connect(self._show_position)

        inspector_cls = _optional("workbench.ui.views.inspector", "InspectorPanel")
        self.inspector_panel = (inspector_cls(ctx, self.inspector_dock) if inspector_cls
                                else PlaceholderPanel("The inspector is not available in this build.", self.inspector_dock))
        self.inspector_dock.setWidget(self.inspector_panel)
        similar_cls = _optional("workbench.ui.views.similar_claims", "SimilarClaimsPanel")
        self.similar_panel = (similar_cls(ctx, self.similar_dock) if similar_cls
                              else PlaceholderPanel("Similar claims are not available in this build.", self.similar_dock))
        self.similar_dock.setWidget(self.similar_panel)
        history = QUndoView(ctx.undo_stack, self.history_dock)
        history.setEmptyLabel("Project opened")
        history.setAccessibleName("Undo history")
        self.history_dock.setWidget(history)
        controller_cls = _optional("workbench.ui.import_controller", "ImportController")
        self.import_controller = controller_cls(ctx, self) if controller_cls else None
        if self.import_controller is not None and hasattr(self.import_controller, "importFinished"):
            self.import_controller.importFinished.connect(self._on_import_finished)

        a = self.actions_
        claim_actions: list[QAction | None] = [a.new_claim, a.change_span, a.split_claim, None, a.edit_text,
                                               a.toggle_kind, a.delete_claim]
        self.reader_panel.set_context_actions([*self.triage.status_actions.values(), None, *claim_actions])
        self.claims_panel.set_context_actions([*self.triage.status_actions.values(), None, a.edit_text,
                                               a.merge_claims, a.toggle_kind, a.delete_claim])
        show_all = ui_app.ui_settings().value("view/all_kinds", False) in (True, "true", "1")
        a.show_all_kinds.setChecked(show_all)
        if show_all:
            self.claims_panel.set_show_all_kinds(True)
            self.reader_panel.set_show_all_kinds(True)
        self.triage.attach(self.claim_widgets())
        for widget in self.claim_widgets():
            widget.addActions(a.local_actions)
        undo = ctx.undo_stack.createUndoAction(ctx, "&Undo")
        redo = ctx.undo_stack.createRedoAction(ctx, "&Redo")
        a.replace_undo_actions(undo, redo)
        ctx.changed.connect(self._on_changes)
        ctx.message.connect(self.show_message)
        self._set_project_actions_enabled(True)
        self._add_recent(path)
        self._update_stats()
        advance = ui_app.ui_settings().value("triage/advance", True)
        self.triage.advance.setChecked(advance not in (False, "false", "0"))

        self._restore_selection(path)
        self.claims_panel.table.setFocus()

    def _selection_key(self, path: Path) -> str:
        return "selection/" + str(path.resolve()).replace("/", "|").replace("\\", "|")

    def _restore_selection(self, path: Path) -> None:
        """Reopen where the analyst left off (article and claim), else on the first claim."""
        assert self.ctx is not None and self.articles_panel is not None and self.claims_panel is not None
        store = self.ctx.store
        saved = ui_app.settings_list(self._selection_key(path))
        claim_id = int(saved[1]) if len(saved) == 2 and str(saved[1]).lstrip("-").isdigit() else -1
        if claim_id >= 0:
            try:
                store.claim(claim_id)
            except StoreError:
                claim_id = -1
        if claim_id >= 0:
            self.ctx.select_claim(claim_id)
            return
        if self.articles_panel.model.rowCount():
            self.articles_panel.select_row(0)
            self.claims_panel.select_first_claim()
        else:
            self.reader_panel.placeholder.setText(  # type: ignore[union-attr]
                "This project has no articles yet.\n\nImport articles with File → Import Articles (Ctrl+I),\n"
                "drop files or folders on this window, or paste an article with Ctrl+Shift+V.")

    def close_project(self) -> None:
        if self.ctx is None:
            return
        if self.project_path is not None:
            ui_app.ui_settings().setValue(self._selection_key(self.project_path),
                                          [str(self.ctx.current_article_id), str(self.ctx.current_claim_id)])
        if self.claims_panel is not None:
            if self._restore_layout:
                ui_app.ui_settings().setValue("claims/header", QByteArray(self.claims_panel.header_state()))
            self.claims_panel.shutdown()
        ctx = self.ctx
        self.ctx = None
        # The project's undo/redo actions die with its context: put the disabled stand-ins back.
        self.actions_.replace_undo_actions(self.actions_.standin_undo, self.actions_.standin_redo)
        for dock in (self.articles_dock, self.claims_dock, self.inspector_dock, self.similar_dock, self.history_dock):
            old = dock.widget()
            dock.setWidget(PlaceholderPanel("No project open", dock))
            if old is not None:
                old.deleteLater()
        if self.reader_panel is not None:
            self.reader_panel.setParent(None)
            self.reader_panel.deleteLater()
        self.reader_panel = self.articles_panel = self.claims_panel = None
        self.inspector_panel = self.similar_panel = None
        if self.import_controller is not None and hasattr(self.import_controller, "shutdown"):
            self.import_controller.shutdown()
        self.import_controller = None
        self._empty.show()
        ctx.close()
        ctx.deleteLater()
        self.project_path = None
        self.setWindowTitle("Claim Workbench")
        self._set_project_actions_enabled(False)
        self.stats.clear()

    def _set_project_actions_enabled(self, enabled: bool) -> None:
        a = self.actions_
        for action in (a.import_files, a.paste_article, a.export_report, a.find, a.new_claim, a.edit_text,
                       a.change_span, a.split_claim, a.merge_claims, a.toggle_kind, a.delete_claim):
            action.setEnabled(enabled)
        self.triage.set_enabled(enabled)

    def new_project_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "New Project", str(Path.home() / "investigation.wbproj"),
                                              PROJECT_FILTER)
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".wbproj")
        if path.exists():
            QMessageBox.warning(self, "New Project", f"{path} already exists; open it with File → Open Project.")
            return
        try:
            Store.open(path, create=True).close()
        except StoreError as exc:
            QMessageBox.warning(self, "New Project", f"{path}:\n{exc}")
            return
        self.open_project(path)

    def open_project_dialog(self) -> None:
        start = str(self.project_path.parent) if self.project_path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, "Open Project", start, PROJECT_FILTER)
        if name:
            self.open_project(name)

    def open_sample_project(self) -> None:
        from workbench.ui.sample_project import ensure_sample_project

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = ensure_sample_project()
        finally:
            QApplication.restoreOverrideCursor()
        self.open_project(path)

    def recent_projects(self) -> list[Path]:
        return [Path(p) for p in ui_app.settings_list("recent/projects")]

    def _store_recent(self, paths: list[Path]) -> None:
        ui_app.ui_settings().setValue("recent/projects", [str(p) for p in paths[:MAX_RECENT]])

    def _add_recent(self, path: Path) -> None:
        resolved = path.resolve()
        self._store_recent([resolved, *[p for p in self.recent_projects() if p != resolved]])

    def _forget_recent(self, path: Path) -> None:
        resolved = path.resolve()
        self._store_recent([p for p in self.recent_projects() if p != resolved])

    def clear_recent_projects(self) -> None:
        self._store_recent([])

    # -- import / export (other modules) ------------------------------------------------------

    def import_dialog(self) -> None:
        if not self._need_import():
            return
        names, _ = QFileDialog.getOpenFileNames(
            self, "Import Articles", str(Path.home()),
            "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)")
        if names:
            self.import_controller.import_files([Path(n) for n in names])

    def paste_article(self) -> None:
        if self._need_import():
            self.import_controller.paste_from_clipboard()

    def import_paths(self, paths: list[Path]) -> None:
        if paths and self._need_import():
            self.import_controller.import_files(paths)

    def _on_import_finished(self, result: Any) -> None:
        """Show the first new article, ready to read and triage."""
        imported = list(getattr(result, "imported", []) or [])
        if self.ctx is not None and imported:
            self.ctx.select_article(int(imported[0]))
            if self.claims_panel is not None:
                self.claims_panel.select_first_claim()

    def _need_import(self) -> bool:
        if self.ctx is None:
            return False
        if self.import_controller is None:
            QMessageBox.information(self, "Import", "Importing in the window is not available in this build;"
                                    " use `workbench import PROJECT FILES` meanwhile.")
            return False
        return True

    def export_dialog(self) -> None:
        if self.ctx is None:
            return
        dialog_cls = _optional("workbench.ui.dialogs.export_dialog", "ExportDialog")
        if dialog_cls is None:
            QMessageBox.information(self, "Export Report", "The export dialog is not available in this build;"
                                    " use `workbench export PROJECT --format html -o report.html` meanwhile.")
            return
        dialog = dialog_cls(self.ctx, self)
        selected = self.claims_panel.selected_claim_ids() if self.claims_panel is not None else []
        if len(selected) > 1 and hasattr(dialog, "set_selected_claim_ids"):
            dialog.set_selected_claim_ids(selected)  # "only the selected claims" on offer
        if hasattr(dialog, "exported"):
            dialog.exported.connect(lambda path: self.show_message(f"Report written to {path}"))
        dialog.exec()
        dialog.deleteLater()

    def _accepts_drop(self, event: QDragEnterEvent | QDragMoveEvent) -> bool:
        mime = event.mimeData()
        if self.ctx is None or self.import_controller is None:
            return False
        accepts = getattr(self.import_controller, "accepts", None)
        if accepts is not None:
            return bool(accepts(mime))
        return mime.hasUrls() and any(u.isLocalFile() for u in mime.urls())

    def _drop_hint(self, show: bool) -> None:
        """A translucent 'drop to import' sheet over the window while files are dragged over it."""
        if show and self._drop_overlay is None:
            overlay = QLabel("Drop articles or folders to import them", self)
            overlay.setObjectName("DropOverlay")
            overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
            overlay.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            sheet = self.palette().color(QPalette.ColorRole.Window)
            overlay.setStyleSheet(
                f"QLabel#DropOverlay {{ background: rgba({sheet.red()}, {sheet.green()}, {sheet.blue()}, 225);"
                f" border: 3px dashed {highlight.name()}; border-radius: 10px; font-size: 18pt;"
                f" font-weight: 600; color: {highlight.name()}; }}")
            overlay.setGeometry(self.rect().adjusted(12, 12, -12, -12))
            overlay.show()
            overlay.raise_()
            self._drop_overlay = overlay
        elif not show and self._drop_overlay is not None:
            self._drop_overlay.deleteLater()
            self._drop_overlay = None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._accepts_drop(event):
            event.acceptProposedAction()
            self._drop_hint(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802
        self._drop_hint(False)
        super().dragLeaveEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._accepts_drop(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Files and folders dropped on the window are imported in the background."""
        self._drop_hint(False)
        if self.ctx is None or self.import_controller is None:
            event.ignore()
            return
        handle = getattr(self.import_controller, "handle_drop", None)
        if handle is not None:
            accepted = handle(event.mimeData())
        else:
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            self.import_paths(paths)
            accepted = bool(paths)
        if accepted:
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- claim editing ------------------------------------------------------------------------

    def _push(self, make: Any, *args: Any) -> bool:
        if self.ctx is None:
            return False
        try:
            command = make(self.ctx, *args)
        except StoreError as exc:
            self.show_message(str(exc))
            QApplication.beep()
            return False
        self.ctx.push(command)
        self.show_message(command.text())
        return True

    def _current_claim(self) -> int:
        if self.ctx is None or self.ctx.current_claim_id < 0:
            self.show_message("Select a claim first")
            return -1
        return self.ctx.current_claim_id

    def new_claim_from_selection(self) -> None:
        if self.ctx is None or self.reader_panel is None:
            return
        span = self.reader_panel.selected_span()
        if span is None:
            self.show_message("Select the words of the claim in the reader first, then press C")
            return
        self._push(make_create, self.reader_panel.article_id, *span)

    def edit_claim_text(self) -> None:
        claim_id = self._current_claim()
        if claim_id < 0 or self.ctx is None:
            return
        claim = self.ctx.store.claim(claim_id)
        text, ok = QInputDialog.getMultiLineText(
            self, "Edit Claim Text", f"Standalone wording of the claim.\nQuote: “{' '.join(claim['quote'].split())}”",
            claim["text"])
        if ok and " ".join(text.split()) != " ".join(claim["text"].split()):
            self._push(make_edit_text, claim_id, text)

    def change_claim_span(self) -> None:
        claim_id = self._current_claim()
        if claim_id < 0 or self.reader_panel is None:
            return
        span = self.reader_panel.selected_span()
        if span is None:
            self.show_message("Select the claim's new words in the reader first")
            return
        self._push(make_change_span, claim_id, *span)

    def split_claim(self) -> None:
        claim_id = self._current_claim()
        if claim_id < 0 or self.reader_panel is None or self.reader_panel.article is None:
            return
        at = self.reader_panel.cursor_offset()
        if at is None:
            return
        body = self.reader_panel.article["text"]
        while 0 < at < len(body) and body[at - 1].isalnum() and body[at].isalnum():
            at -= 1  # never cut a word in two
        self._push(make_split, claim_id, at)

    def toggle_claim_kind(self) -> None:
        claim_id = self._current_claim()
        if claim_id >= 0:
            self._push(make_toggle_claim_kind, claim_id)
            if not self.actions_.show_all_kinds.isChecked():
                self.show_message("Marked as not a claim; View → Show Headlines, Opinion and Boilerplate lists it")

    def set_show_all_kinds(self) -> None:
        show = self.actions_.show_all_kinds.isChecked()
        ui_app.ui_settings().setValue("view/all_kinds", show)
        if self.claims_panel is not None:
            self.claims_panel.set_show_all_kinds(show)
        if self.reader_panel is not None:
            self.reader_panel.set_show_all_kinds(show)

    def merge_claims(self) -> None:
        if self.claims_panel is None:
            return
        self._push(make_merge, self.claims_panel.selected_claim_ids())

    def delete_claims(self) -> None:
        if self.ctx is None or self.claims_panel is None:
            return
        ids = self.claims_panel.selected_claim_ids() if self.claims_panel.table.hasFocus() else []
        if len(ids) <= 1:
            claim_id = self._current_claim()
            if claim_id >= 0:
                self._delete_and_advance([claim_id])
            return
        self._delete_and_advance(ids)

    def _delete_and_advance(self, ids: list[int]) -> None:
        assert self.ctx is not None and self.claims_panel is not None
        model = self.claims_panel.model
        rows = [model.row_of(i) for i in ids if model.row_of(i) >= 0]
        try:
            commands = [make_delete(self.ctx, i) for i in ids]
        except StoreError as exc:
            self.show_message(str(exc))
            return
        stack = self.ctx.undo_stack
        if len(commands) > 1:
            stack.beginMacro(f"Delete {len(commands)} claims")
        for command in commands:
            stack.push(command)
        if len(commands) > 1:
            stack.endMacro()
        self.show_message(commands[0].text() if len(commands) == 1 else f"Deleted {len(commands)} claims")
        if rows and model.rowCount():
            self.ctx.select_claim(model.claim_id(min(min(rows), model.rowCount() - 1)))

    # -- focus, messages, help ----------------------------------------------------------------

    def copy_claims(self) -> None:
        """Selected claims as text an editor can paste: claim, who said it, where, the quote."""
        if self.ctx is None or self.claims_panel is None:
            return
        ids = self.claims_panel.selected_claim_ids() or ([self.ctx.current_claim_id]
                                                          if self.ctx.current_claim_id >= 0 else [])
        blocks = []
        for claim in self.ctx.store.claims_by_ids(ids):
            where = ", ".join(p for p in (claim.get("outlet"), claim.get("published")) if p)
            head = " ".join(claim["text"].split())
            if claim.get("speaker"):
                head += f" — {claim['speaker']}"
            lines = [head, f"[{claim['status']}] {where}".rstrip(), f"“{' '.join(claim['quote'].split())}”"]
            blocks.append("\n".join(lines))
        if blocks:
            QGuiApplication.clipboard().setText("\n\n".join(blocks))
            self.show_message(f"Copied {len(blocks)} claim{'s' if len(blocks) != 1 else ''}")

    def zoom_reader(self, step: int) -> None:
        if self.reader_panel is None:
            return
        size = self.reader_panel.zoom(step)
        ui_app.ui_settings().setValue("reader/point_size", size)

    def focus_claims_filter(self) -> None:
        if self.claims_panel is not None:
            self.claims_dock.show()
            self.claims_dock.raise_()
            self.claims_panel.focus_filter()

    def focus_panel(self, name: str) -> None:
        """Ctrl+1..5: move the keyboard focus to a panel (showing its dock if it was closed)."""
        targets = {
            "articles": (self.articles_dock, self.articles_panel.table if self.articles_panel else None),
            "reader": (None, self.reader_panel.text if self.reader_panel else None),
            "claims": (self.claims_dock, self.claims_panel.table if self.claims_panel else None),
            "inspector": (self.inspector_dock, self.inspector_panel),
            "similar": (self.similar_dock, self.similar_panel),
        }
        dock, widget = targets[name]
        if dock is not None:
            dock.show()
            dock.raise_()
        if widget is not None:
            focus = widget if widget.focusPolicy() != Qt.FocusPolicy.NoFocus else widget.nextInFocusChain()
            (focus or widget).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_claims_table(self) -> None:
        if self.claims_panel is not None:
            self.claims_panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def clear_message(self) -> None:
        self.statusBar().clearMessage()

    def set_theme(self, key: str) -> None:
        ui_app.apply_theme(QApplication.instance(), key)  # type: ignore[arg-type]
        ui_app.ui_settings().setValue("ui/theme", key)
        for name, action in self.actions_.theme_actions.items():
            action.setChecked(name == key)

    def show_shortcuts(self) -> None:
        from workbench.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        shortcuts = self.registered_shortcuts()
        for group, panel in (("Inspector", self.inspector_panel), ("Similar Claims", self.similar_panel)):
            if panel is not None:
                shortcuts += [(group, a) for a in panel.findChildren(QAction) if a.shortcuts() and a.text()]
        dialog = ShortcutsDialog(shortcuts, self)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        QMessageBox.about(
            self, "About Claim Workbench",
            f"Claim Workbench {__version__}\n\nSplit news articles into atomic claims, match them across "
            "sources, tag them and report what was verified, disputed and why.\n\n"
            "Every change is written to the project file at once; there is nothing to save.")

    # -- status --------------------------------------------------------------------------------

    def _show_position(self, claim_id: int) -> None:
        if self.claims_panel is None or claim_id < 0:
            return
        row = self.claims_panel.model.row_of(claim_id)
        if row >= 0:
            self.show_message(f"Claim {row + 1} of {self.claims_panel.model.rowCount():,} in the table")

    def _on_changes(self, changes: list[Change]) -> None:
        self._stats_timer.start()

    def _update_stats(self) -> None:
        if self.ctx is None:
            self.stats.clear()
            return
        store = self.ctx.store
        counts = store.claim_counts_by_status()
        total = sum(counts.values())
        checked = total - counts.get("unverified", 0)
        articles = len(store.article_ids())
        self.stats.setText(f"{articles:,} article{'s' if articles != 1 else ''}  ·  {total:,} claims  ·  "
                           f"{checked:,} checked  ·  saved automatically")
        self.stats.setToolTip("Every change is written to the project file at once")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._restore_layout:
            self.save_window_state()
        self.close_project()
        super().closeEvent(event)

