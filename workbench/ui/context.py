"""What every panel of an open project shares: the store, the undo stack and the selection.

Panels talk to each other only through this object (signals), never to each other directly,
so each panel can be built, tested and replaced alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workbench.core.store import Change, ClaimFilter, Store

#: How often the window looks for changes made by other processes.
WATCH_INTERVAL_MS = 1000


class ProjectContext(QObject):
    #: list[Change] after every committed write (from any panel, command or worker).
    changed = Signal(object)
    #: current claim id, or -1 when none.
    claimSelected = Signal(int)
    #: current article id, or -1 when none.
    articleSelected = Signal(int)
    #: a one-line message for the status bar.
    message = Signal(str)
    #: the project is about to close: stop timers and background work (the store is still open)
    closing = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # Parented to self so PySide6 never garbage-collects it under us.
        self.undo_stack = QUndoStack(self)
        self.current_claim_id = -1
        self.current_article_id = -1
        #: True once the project is closed: timers that fire later must not touch the store
        self.closed = False
        self._workers: set[Any] = set()
        store.subscribe(self._on_store_changes)
        # Another process (the CLI, a second window, a background job) may write to the file:
        # PRAGMA data_version changes when it commits, and then every view re-reads.
        self._data_version = store.data_version()
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.check_outside_changes)
        self._watch.start()
        from workbench.ui.derived import DerivedWork

        #: re-matching edited claims and regrouping facts, off the UI thread
        self.derived = DerivedWork(self)

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
        """Show another article; the current claim follows (the article's first claim, or none),
        so no panel goes on showing a claim of the article left behind."""
        if article_id == self.current_article_id:
            return
        self.current_article_id = article_id
        self.articleSelected.emit(article_id)
        if self.current_claim_id >= 0 and self._article_of(self.current_claim_id) != article_id:
            first = self.store.query_claim_ids(ClaimFilter(article_id=article_id))[:1] if article_id >= 0 else []
            self.current_claim_id = first[0] if first else -1
            self.claimSelected.emit(self.current_claim_id)

    def _article_of(self, claim_id: int) -> int:
        try:
            return int(self.store.claim(claim_id)["article_id"])
        except Exception:  # noqa: BLE001 - a claim deleted meanwhile belongs to no article
            return -1

    def reload_from_disk(self) -> None:
        """After a background job wrote through its own connection (or on View → Reload): tell
        every view to refresh."""
        self._data_version = self.store.data_version()
        self.store.notify_reload()

    def absorb_changes(self, changes: list[Change]) -> None:
        """A background job of this window wrote these (and nothing else was committed meanwhile):
        the views refresh just those rows, not everything."""
        self._data_version = self.store.data_version()
        if changes:
            self.changed.emit(changes)

    def hold_watch(self, hold: bool) -> None:
        """Pause the outside-change watch while a job of this window writes (its writes arrive as
        its changes when it finishes, never as a half-done reload)."""
        if hold:
            self._watch.stop()
        elif not self.closed:
            self._watch.start()

    def check_outside_changes(self) -> bool:
        """Reload when another connection committed since the last look; True when it did."""
        try:
            version = self.store.data_version()
        except Exception:  # noqa: BLE001 - a closed or vanished file: the window deals with it elsewhere
            self._watch.stop()
            return False
        if version == self._data_version:
            return False
        self.reload_from_disk()
        return True

    # -- timers and background work tied to the project --------------------------------------

    def track(self, worker: Any) -> Any:
        """Cancel and wait for `worker` (a workbench.ui.workers.Worker) when the project closes."""
        self._workers.add(worker)
        worker.finished.connect(lambda *_: self._workers.discard(worker))
        worker.failed.connect(lambda *_: self._workers.discard(worker))
        return worker

    def timer(self, parent: QObject, interval_ms: int, slot: Any) -> QTimer:
        """A single-shot timer that is stopped when the project closes and never fires into a closed store."""
        timer = QTimer(parent)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(lambda: slot() if not self.closed else None)
        self.closing.connect(timer.stop)
        return timer

    def close(self, timeout: float = 15.0) -> None:
        if self.closed:
            return
        self.closing.emit()
        self.closed = True
        self._watch.stop()  # never fire into a closed store
        for worker in list(self._workers):
            worker.cancel()
            worker.wait(timeout)
            worker.abandon()  # its queued finished/failed must not reach views of a closed project
        self._workers.clear()
        self.store.unsubscribe(self._on_store_changes)
        self.undo_stack.clear()
        self.store.close()
