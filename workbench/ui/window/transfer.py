"""Getting articles in and reports out: File → Import, paste, drag and drop (with a 'drop to
import' sheet over the window) through the ImportController, and the export dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QFileDialog, QLabel

from workbench.core.actions.importing import ImportResult
from workbench.ui.dialogs.export_dialog import ExportDialog
from workbench.ui.import_controller import ImportController
from workbench.ui.window.base import WindowBase


class TransferMixin(WindowBase):
    def _importer(self) -> ImportController | None:
        return self.import_controller if self.ctx is not None else None

    def import_dialog(self) -> None:
        importer = self._importer()
        if importer is None:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self, "Import Articles", str(Path.home()),
            "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)")
        if names:
            importer.import_files([Path(n) for n in names])

    def paste_article(self) -> None:
        importer = self._importer()
        if importer is not None:
            importer.paste_from_clipboard()

    def import_paths(self, paths: list[Path]) -> None:
        importer = self._importer()
        if paths and importer is not None:
            importer.import_files(paths)

    def _on_import_finished(self, result: ImportResult) -> None:
        """Show the first new article, ready to read and triage."""
        imported = list(result.imported or [])
        if self.ctx is not None and imported:
            self.ctx.select_article(int(imported[0]))
            if self.claims_panel is not None:
                self.claims_panel.select_first_claim()

    def export_dialog(self) -> None:
        if self.ctx is None:
            return
        dialog = ExportDialog(self.ctx, self)
        selected = self.claims_panel.selected_claim_ids() if self.claims_panel is not None else []
        if len(selected) > 1:
            dialog.set_selected_claim_ids(selected)  # "only the selected claims" on offer
        dialog.exported.connect(lambda path: self.show_message(f"Report written to {path}"))
        dialog.exec()
        dialog.deleteLater()

    # -- drag and drop --------------------------------------------------------------------------

    def _accepts_drop(self, event: QDragEnterEvent | QDragMoveEvent) -> bool:
        importer = self._importer()
        return importer is not None and importer.accepts(event.mimeData())

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
        importer = self._importer()
        if importer is not None and importer.handle_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()
