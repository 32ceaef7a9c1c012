"""The window's crash handler: an unexpected error is logged with its traceback and shown in a
dialog that says where the log file is, never a silent no-op.

The project file is safe either way: every write is one transaction that either committed or
rolled back. Errors in worker threads are logged too (a thread cannot show a dialog).
"""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

from workbench.core import logs

_showing = False


def install(window: QWidget | None) -> None:
    """Replace sys.excepthook (and threading.excepthook) for the lifetime of the window."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        previous(kind, value, tb)
        if issubclass(kind, KeyboardInterrupt):
            return
        report(kind, value, tb, window)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        logs.logger.error("unexpected error in thread %s", getattr(args.thread, "name", "?"),
                          exc_info=(args.exc_type, args.exc_value, args.exc_traceback))  # type: ignore[arg-type]
        traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def report(kind: type[BaseException], value: BaseException, tb: TracebackType | None,
           window: QWidget | None) -> QMessageBox | None:
    """Log the traceback, then show it in a window-modal box naming the log file (one at a time)."""
    global _showing
    logs.logger.error("unexpected error: %s: %s", kind.__name__, value, exc_info=(kind, value, tb))
    if _showing:
        return None
    path = logs.log_path()
    where = (f"The details were written to the log file:\n{path}" if path.is_file()
             else "The details below could not be written to a log file.")
    box = QMessageBox(window)
    box.setObjectName("CrashDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Something went wrong")
    box.setText(f"{kind.__name__}: {value}")
    box.setInformativeText("Your project is safe: every change is saved in one step or not at all. "
                           f"You can go on working; please report this with the details.\n\n{where}")
    box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if path.is_file():
        folder = box.addButton("Open Log Folder", QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
    layout = box.layout()
    if isinstance(layout, QGridLayout):  # wide enough for the log file's path on one line
        layout.addItem(QSpacerItem(520, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding),
                       layout.rowCount(), 0, 1, layout.columnCount())

    def done() -> None:
        global _showing
        _showing = False
        box.deleteLater()

    _showing = True
    box.finished.connect(done)
    box.open()  # not exec(): an error inside a nested event loop must not stack up dialogs
    return box
