"""Import in the window: File -> Import, drag and drop, paste from the clipboard.

Reading, extraction and matching run on a background Worker with its own Store; the window
stays responsive, a status-bar progress bar (or a progress dialog without a main window) shows
where it is and offers Cancel, and the files that could not be imported are listed in one
dialog at the end. Each finished import is one undo step (`push_import`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QProgressDialog,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.actions.importing import ImportResult, finish_pending, import_paths, import_text
from workbench.core.store import Store
from workbench.ui.commands.article_commands import push_import
from workbench.ui.context import ProjectContext
from workbench.ui.workers import Worker


def split_error(line: str) -> tuple[str, str]:
    """'PATH: reason' -> (path, reason)."""
    path, sep, reason = line.partition(": ")
    return (path, reason) if sep else ("", line)


class ImportErrorsDialog(QDialog):
    """Every file that could not be imported, with the reason, in one list."""

    def __init__(self, errors: Sequence[str], imported: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import problems")
        self.setObjectName("importErrorsDialog")
        layout = QVBoxLayout(self)
        count = len(errors)
        summary = f"{count} file{'s' if count != 1 else ''} could not be imported"
        if imported:
            summary += f"; {imported} article{'s' if imported != 1 else ''} went in"
        heading = QLabel(f"<b>{summary}.</b>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["File", "Reason"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        for line in errors:
            path, reason = split_error(line)
            item = QTreeWidgetItem([Path(path).name if path else "", reason])
            item.setToolTip(0, path)
            item.setToolTip(1, reason)
            self.tree.addTopLevelItem(item)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        copy = buttons.addButton("&Copy List", QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip("Copy the files and reasons (tab-separated) to the clipboard")
        copy.clicked.connect(self.copy_to_clipboard)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(f"{path}\t{reason}" for path, reason in self.rows()))

    def rows(self) -> list[tuple[str, str]]:
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [(item.toolTip(0), item.text(1)) for item in items if item is not None]


class _StatusProgress(QWidget):
    """A compact progress bar with a Cancel button for the status bar."""

    def __init__(self, on_cancel: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.label = QLabel(self)
        self.label.setMinimumWidth(120)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.button = QToolButton(self)
        self.button.setText("Cancel")
        self.button.setToolTip("Stop the import after the current file")
        self.button.clicked.connect(on_cancel)
        self.phase = "import"  # or "match" once the files are in
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)

    def set_progress(self, done: int, total: int, message: str) -> None:
        if done <= 0 or total <= 0:
            self.bar.setRange(0, 0)  # a busy indicator until there is something to count
        else:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        text = progress_text(done, total, message, self.phase)
        self.label.setText(self.label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, 260))
        self.label.setToolTip(text)


def progress_text(done: int, total: int, message: str, phase: str) -> str:
    if phase == "match":
        return f"Matching claims: {message}" if message else "Matching claims…"
    if not total:
        return "Starting the import…"
    return f"Importing {min(done + 1, total)} of {total}: {message}" if message else f"Imported {done} of {total}"


class ImportController(QObject):
    """Runs imports for the main window; one at a time, further requests queue up."""

    #: emitted on the GUI thread when an import has finished (an ImportResult)
    importFinished = Signal(object)
    #: emitted when an import starts / ends (True while running)
    busyChanged = Signal(bool)

    def __init__(self, ctx: ProjectContext, window: QWidget | None = None) -> None:
        super().__init__(window if window is not None else ctx)
        self.ctx = ctx
        self.window = window
        self.worker: Worker | None = None
        self.last_result: ImportResult | None = None
        self.error_dialog: ImportErrorsDialog | None = None
        self._queue: list[tuple[Callable[[Store, Any, Any], ImportResult], str]] = []
        self._status: _StatusProgress | None = None
        self._dialog: QProgressDialog | None = None
        #: show the error dialog at the end (tests may read `last_result` instead)
        self.show_errors = True
        self._closed = False
        self._phase = "import"

    # -- public API used by the main window -------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def import_files(self, paths: Sequence[str | Path]) -> None:
        """Import files and folders in the background."""
        paths = [str(p) for p in paths if str(p)]
        if not paths:
            return
        label = Path(paths[0]).name if len(paths) == 1 else f"{len(paths)} files"

        def job(store: Store, progress: Any, cancel: Any) -> ImportResult:
            return import_paths(store, paths, progress=progress, cancel=cancel)

        self._enqueue(job, f"import {label}")

    def import_text(self, text: str, name: str | None = None) -> None:
        """Import a piece of text as a new article (in the background)."""
        name = name or f"pasted {datetime.now().strftime('%Y-%m-%d %H:%M')}"

        def job(store: Store, progress: Any, cancel: Any) -> ImportResult:
            progress(0, 1, name)
            return import_text(store, text, name=name)

        self._enqueue(job, "paste article")

    def finish_pending(self) -> None:
        """Complete the matching an interrupted import or match left unfinished (on open)."""

        def job(store: Store, progress: Any, cancel: Any) -> ImportResult:
            finish_pending(store, progress=progress, cancel=cancel)
            return ImportResult()

        self._enqueue(job, "finish the matching an interrupted import left")

    def paste_from_clipboard(self) -> bool:
        """Ctrl+Shift+V: the clipboard's text becomes a new article. False when it holds no text."""
        mime = QGuiApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        if not text.strip() and mime is not None and mime.hasHtml():
            text = mime.html()
        if not text.strip():
            self.ctx.message.emit("The clipboard holds no text to import.")
            return False
        self.import_text(text)
        return True

    @staticmethod
    def accepts(mime: QMimeData | None) -> bool:
        """Whether a drag carries something importable (for dragEnterEvent/dragMoveEvent)."""
        if mime is None:
            return False
        if mime.hasUrls():
            return any(url.isLocalFile() for url in mime.urls())
        return mime.hasText() and bool(mime.text().strip())

    def handle_drop(self, mime: QMimeData | None) -> bool:
        """Files and folders dropped on the window are imported; dropped text becomes an article."""
        if mime is None:
            return False
        if mime.hasUrls():
            paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
            if paths:
                self.import_files(paths)
                return True
            return False
        if mime.hasText() and mime.text().strip():
            self.import_text(mime.text(), name=f"dropped text {datetime.now().strftime('%Y-%m-%d %H:%M')}")
            return True
        return False

    def cancel(self) -> None:
        """Stop the running import after the current file, and drop queued ones."""
        self._queue.clear()
        if self.worker is not None:
            self.worker.cancel()
            self.ctx.message.emit("Cancelling the import…")

    def shutdown(self, timeout: float = 15.0) -> None:
        """The project is closing: stop the running import (it stops after the current file)."""
        self._closed = True
        self._queue.clear()
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.cancel()
            worker.wait(timeout)
        if self._status is not None:
            if isinstance(self.window, QMainWindow):
                self.window.statusBar().removeWidget(self._status)
            self._status.deleteLater()
            self._status = None
        if self._dialog is not None:
            self._dialog.deleteLater()
            self._dialog = None
        self.deleteLater()

    # -- running ------------------------------------------------------------------------------------

    def _enqueue(self, job: Callable[[Store, Any, Any], ImportResult], label: str) -> None:
        if self._closed:
            return
        self._queue.append((job, label))
        if self.worker is None:
            self._start_next()

    def _start_next(self) -> None:
        if not self._queue:
            return
        job, label = self._queue.pop(0)
        worker = Worker(self.ctx.store.path, job, parent=self)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(lambda result, label=label: self._on_finished(result, label))
        worker.failed.connect(self._on_failed)
        self.worker = worker
        self._phase = "import"
        if self._status is not None:
            self._status.phase = "import"
        self._show_progress()
        self.busyChanged.emit(True)
        self.ctx.message.emit(f"{label[0].upper()}{label[1:]}…")
        worker.start()

    def _show_progress(self) -> None:
        if isinstance(self.window, QMainWindow):
            if self._status is None:
                self._status = _StatusProgress(self.cancel, self.window)
                self.window.statusBar().addPermanentWidget(self._status)
            self._status.set_progress(0, 0, "")
            self._status.show()
        elif self.window is not None:
            if self._dialog is None:
                self._dialog = QProgressDialog("Importing…", "Cancel", 0, 0, self.window)
                self._dialog.setWindowTitle("Import")
                self._dialog.setWindowModality(Qt.WindowModality.NonModal)
                self._dialog.setMinimumDuration(400)
                self._dialog.setAutoClose(False)
                self._dialog.setAutoReset(False)
                self._dialog.canceled.connect(self.cancel)
            self._dialog.setRange(0, 0)
            self._dialog.setValue(0)

    def _hide_progress(self) -> None:
        if self._status is not None:
            self._status.hide()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.hide()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self._closed:
            return
        # import_paths reports (total, total, "") when the files are in; what follows is matching
        if self._phase == "import" and total and done >= total and not message:
            self._phase = "match"
        if self._status is not None:
            self._status.phase = self._phase
        if self._status is not None:
            self._status.set_progress(done, total, message)
        if self._dialog is not None:
            self._dialog.setRange(0, max(total, 0))
            self._dialog.setValue(min(done, total))
            self._dialog.setLabelText(progress_text(done, total, message, self._phase))

    def _on_finished(self, result: ImportResult, label: str) -> None:
        if self._closed:
            return
        self.worker = None
        self._hide_progress()
        self.last_result = result
        self.ctx.reload_from_disk()
        if result.imported:
            push_import(self.ctx, label, result.imported)
        self.ctx.message.emit(_summary(result))
        if result.errors and self.show_errors:
            self._show_errors(result)
        self.busyChanged.emit(False)
        self.importFinished.emit(result)
        self._start_next()

    def _on_failed(self, message: str) -> None:
        if self._closed:
            return
        self.worker = None
        self._hide_progress()
        self.ctx.reload_from_disk()  # whatever files went in before the failure are in the file
        result = ImportResult(errors=[f": the import stopped: {message}"])
        self.last_result = result
        self.ctx.message.emit(f"Import failed: {message}")
        if self.show_errors:
            self._show_errors(result)
        self.busyChanged.emit(False)
        self.importFinished.emit(result)
        self._start_next()

    def _show_errors(self, result: ImportResult) -> None:
        if self.error_dialog is not None:
            self.error_dialog.close()
            self.error_dialog.deleteLater()
        self.error_dialog = ImportErrorsDialog(result.errors, len(result.imported), self.window)
        self.error_dialog.open()  # window-modal but not blocking: the event loop keeps running


def _summary(result: ImportResult) -> str:
    parts = []
    n = len(result.imported)
    parts.append(f"Imported {n} article{'s' if n != 1 else ''} ({len(result.new_claim_ids)} claims)")
    if result.duplicates:
        parts.append(f"{len(result.duplicates)} already in the project")
    if result.errors:
        parts.append(f"{len(result.errors)} could not be imported")
    if result.cancelled:
        parts.append("cancelled")
    if result.match_error:
        parts.append(result.match_error)
    return "; ".join(parts) + "."
