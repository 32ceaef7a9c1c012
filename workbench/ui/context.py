"""What every panel of an open project shares: the store, the undo stack and the selection.

Panels talk to each other only through this object (signals), never to each other directly,
so each panel can be built, tested and replaced alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workbench.core.store import Change, Store


class ProjectContext(QObject):
    #: list[Change] after every committed write (from any panel, command or worker).
    changed = Signal(object)
    #: current claim id, or -1 when none.
    claimSelected = Signal(int)
    #: current article id, or -1 when none.
    articleSelected = Signal(int)
    #: a one-line message for the status bar.
    message = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # Parented to self so PySide6 never garbage-collects it under us.
        self.undo_stack = QUndoStack(self)
        self.current_claim_id = -1
        self.current_article_id = -1
        store.subscribe(self._on_store_changes)

    def _on_store_changes(self, changes: list[Change]) -> None:
        self.changed.emit(changes)

    def push(self, command: QUndoCommand) -> None:
        """Run a user action through the undo stack (its redo() writes to the store at once)."""
        self.undo_stack.push(command)

    def select_claim(self, claim_id: int) -> None:
        if claim_id == self.current_claim_id:
            return
        self.current_claim_id = claim_id
        if claim_id >= 0:
            try:
                article_id = self.store.claim(claim_id)["article_id"]
            except Exception:  # noqa: BLE001 - a deleted claim simply clears the selection
                article_id = self.current_article_id
            if article_id != self.current_article_id:
                self.select_article(article_id)
        self.claimSelected.emit(claim_id)

    def select_article(self, article_id: int) -> None:
        if article_id == self.current_article_id:
            return
        self.current_article_id = article_id
        self.articleSelected.emit(article_id)

    def reload_from_disk(self) -> None:
        """After a background job wrote through its own connection: tell every view to refresh."""
        self.store.notify_reload()

    def close(self) -> None:
        self.store.unsubscribe(self._on_store_changes)
        self.undo_stack.clear()
        self.store.close()
