"""Projects in the window: open, new, the sample, Open Recent, Save a Copy, and reopening where
the analyst left off; closing one puts the placeholders and the welcome screen back."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from workbench.core.store import Store, StoreError
from workbench.core.store.copy import save_copy
from workbench.ui.context import ProjectContext
from workbench.ui.settings import settings_list, ui_settings
from workbench.ui.welcome import WelcomeScreen
from workbench.ui.window.base import PlaceholderPanel, WindowBase

PROJECT_FILTER = "Claim Workbench projects (*.wbproj *.db *.sqlite);;All files (*)"
MAX_RECENT = 10


class ProjectsMixin(WindowBase):
    welcome: WelcomeScreen

    def _build_welcome(self) -> None:
        """The welcome screen, shown until a project opens (and again when it closes)."""
        self.welcome = WelcomeScreen(self, self.recent_projects)
        self.welcome.newProject.connect(self.new_project_dialog)
        self.welcome.openProject.connect(self.open_project_dialog)
        self.welcome.startFromArticles.connect(self.start_from_articles)
        self.welcome.openSample.connect(self.open_sample_project)
        self.welcome.openRecent.connect(self.open_project)
        self.welcome.present()

    def open_project(self, path: str | Path) -> bool:
        path = Path(path).expanduser()
        try:
            store = Store.open(path, create=False)
        except StoreError as exc:
            print(f"workbench: cannot open {path}: {exc}", file=sys.stderr, flush=True)
            self._forget_recent(path)
            if self.ctx is None:
                self.welcome.refresh()  # the file is gone from its recent projects too
            QMessageBox.warning(self, "Cannot open project", f"{path}:\n{exc}")
            return False
        self.close_project()
        self.welcome.hide()
        self._install(ProjectContext(store, self), path)
        self._add_recent(path)
        self._after_open()
        return True

    def _selection_key(self, path: Path) -> str:
        return "selection/" + str(path.resolve()).replace("/", "|").replace("\\", "|")

    def _restore_selection(self, path: Path) -> None:
        """Reopen where the analyst left off (article and claim), else on the first claim."""
        assert self.ctx is not None and self.articles_panel is not None and self.claims_panel is not None
        store = self.ctx.store
        saved = settings_list(self._selection_key(path))
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
        elif self.reader_panel is not None:
            self.reader_panel.placeholder.setText(
                "This project has no articles yet.\n\nImport articles with File → Import Articles (Ctrl+I),\n"
                "drop files or folders on this window, or paste an article with Ctrl+Shift+V.")

    def close_project(self) -> None:
        if self.ctx is None:
            return
        self._before_close()
        if self.project_path is not None:
            ui_settings().setValue(self._selection_key(self.project_path),
                                          [str(self.ctx.current_article_id), str(self.ctx.current_claim_id)])
        if self.claims_panel is not None:
            if self._restore_layout:
                ui_settings().setValue("claims/header", QByteArray(self.claims_panel.header_state()))
            self.claims_panel.shutdown()
        self._shutdown_fact_views()  # type: ignore[attr-defined]
        ctx = self.ctx
        self.ctx = None
        # The project's undo/redo actions die with its context: put the disabled stand-ins back.
        self.actions_.replace_undo_actions(self.actions_.standin_undo, self.actions_.standin_redo)
        for dock in self.docks():
            old = dock.widget()
            dock.setWidget(PlaceholderPanel("No project open", dock))
            if old is not None:
                old.deleteLater()
        if self.reader_panel is not None:
            self.reader_panel.setParent(None)
            self.reader_panel.deleteLater()
        self.reader_panel = self.articles_panel = self.claims_panel = None
        self.inspector_panel = self.similar_panel = None
        if self.import_controller is not None:
            self.import_controller.shutdown()
        self.import_controller = None
        self._empty.show()
        ctx.close()
        ctx.deleteLater()
        self.project_path = None
        self.setWindowTitle("Claim Workbench")
        self._set_project_actions_enabled(False)
        self.stats.clear()
        self.welcome.present()

    def project_settings_dialog(self) -> None:
        """File → Project Settings…: matching by meaning on or off (one undo step), with the model's state."""
        from workbench.core.actions.matching import semantic_state
        from workbench.ui.dialogs.project_settings_dialog import ProjectSettingsDialog

        if self.ctx is None:
            return
        dialog = ProjectSettingsDialog(semantic_state(self.ctx.store), read_only=self.ctx.store.read_only,
                                       parent=self)
        if dialog.exec() == ProjectSettingsDialog.DialogCode.Accepted:
            self.set_semantic_matching(dialog.semantic.isChecked())
        dialog.deleteLater()

    def set_semantic_matching(self, on: bool) -> None:
        from workbench.core.actions.matching import set_semantic
        from workbench.ui.commands.base import perform

        if self.ctx is None:
            return
        try:
            edit = perform(self.ctx, set_semantic, on)
        except StoreError as exc:
            self.show_message(str(exc))
            return
        if edit.changed:
            self.show_message(f"{edit.label}: applies to the next matching (an import, an edited claim)")

    def save_copy_dialog(self) -> None:
        """File → Save a Copy As: a consistent copy of the open project (it stays the open one)."""
        if self.ctx is None or self.project_path is None:
            return
        start = self.project_path.with_name(f"{self.project_path.stem} copy{self.project_path.suffix or '.wbproj'}")
        name, _ = QFileDialog.getSaveFileName(self, "Save a Copy As", str(start), PROJECT_FILTER)
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".wbproj")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            save_copy(self.ctx.store, path)
        except StoreError as exc:
            QMessageBox.warning(self, "Save a Copy As", str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.show_message(f"Copy saved to {path}; you are still working in {self.project_path.name}")

    def start_from_articles(self) -> None:
        """The welcome screen's 'Start from Articles': a new project, then the import dialog."""
        self.new_project_dialog()
        if self.ctx is not None and self.ctx.store.article_ids() == []:
            self.import_dialog()

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

    # -- Open Recent ----------------------------------------------------------------------------

    def recent_projects(self) -> list[Path]:
        return [Path(p) for p in settings_list("recent/projects")]

    def _store_recent(self, paths: list[Path]) -> None:
        ui_settings().setValue("recent/projects", [str(p) for p in paths[:MAX_RECENT]])

    def _add_recent(self, path: Path) -> None:
        resolved = path.resolve()
        self._store_recent([resolved, *[p for p in self.recent_projects() if p != resolved]])

    def _forget_recent(self, path: Path) -> None:
        resolved = path.resolve()
        self._store_recent([p for p in self.recent_projects() if p != resolved])

    def clear_recent_projects(self) -> None:
        self._store_recent([])
