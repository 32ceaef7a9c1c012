"""A read-only project in the panels: editing widgets and actions stay disabled, with a reason.

The store refuses every write of a read-only project anyway (one-line StoreError); this only
makes it visible before the analyst tries. Panels enable their buttons by their own logic (a
selection, a claim shown), so the lock keeps them disabled whatever that logic says later.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

READ_ONLY_TIP = "Read-only project: changes cannot be saved"


class _StayDisabled(QObject):
    """Puts a locked widget back to disabled whenever something enables it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget) and watched.isEnabled():
            watched.setEnabled(False)
        return False


def _tip(widget: QWidget | QAction) -> None:
    tip = widget.toolTip()
    if READ_ONLY_TIP not in tip:
        widget.setToolTip(f"{tip}\n{READ_ONLY_TIP}" if tip else READ_ONLY_TIP)


def lock_editing(owner: QWidget, widgets: Iterable[QWidget], actions: Iterable[QAction] = ()) -> None:
    """Disable these editing widgets and actions for good (text fields become read-only, so their
    text can still be selected and copied)."""
    keeper = owner.findChild(_StayDisabled) or _StayDisabled(owner)
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            widget.setReadOnly(True)
        else:
            widget.setEnabled(False)
            widget.installEventFilter(keeper)
        _tip(widget)
    for action in actions:
        action.setEnabled(False)
        action.enabledChanged.connect(lambda on, a=action: a.setEnabled(False) if on else None)
        _tip(action)
