"""The one way the window runs work off the UI thread: import, matching, export, table queries.

A job is a plain function `fn(store, progress, cancel) -> result` in the core's convention:
`progress(done, total, message)` and `cancel() -> bool`. It runs on the global QThreadPool
with ITS OWN `Store` opened on the project file (an sqlite3 connection belongs to the thread
that opened it); the signals arrive queued on the GUI thread, where the owner calls
`ctx.reload_from_disk()` so every view refreshes from the file.

- `Worker`: one job (import, match, export), with progress, cancel and finished/failed.
- `LatestRunner`: jobs where only the newest request matters (table queries while typing).

Both stop with the project: `ProjectContext.close()` cancels every worker it tracks (`ctx.track`)
and waits for it before it closes the store, so nothing fires into a closed project.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from workbench.core.actions.importing import CancelFn, ProgressFn
from workbench.core.ingest.reader import IngestError
from workbench.core.report.options import ReportError
from workbench.core.store import Store, StoreError

#: errors whose message is the whole story for the user: reported without a traceback
USER_ERRORS: tuple[type[Exception], ...] = (ReportError, StoreError, IngestError)
JobFn = Callable[[Store, ProgressFn, CancelFn], Any]


#: jobs handed to the pool, kept referenced from Python until they have run (the pool only
#: holds a C++ pointer; a collected wrapper under a running job would crash)
_ALIVE: set[Job] = set()


class JobSignals(QObject):
    """Lives on the GUI thread (parent it to a GUI object); emitted from the worker thread."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Run `fn` on its own Store for `path`; cancel() asks it to stop at its next check."""

    def __init__(self, path: str | Path, fn: JobFn, signals: JobSignals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; the Worker keeps a reference until done
        self.path = Path(path)
        self.fn = fn
        self.signals = signals
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.done.set()
            _ALIVE.discard(self)

    def _emit(self, signal_name: str, *args: Any) -> None:
        # RuntimeError: the receiving side was deleted (project closed), nobody to tell
        with contextlib.suppress(RuntimeError):
            getattr(self.signals, signal_name).emit(*args)

    def _progress(self, done: int, total: int, message: str) -> None:
        self._emit("progress", int(done), int(total), str(message))

    def _run(self) -> None:
        try:
            store = Store.open(self.path, create=False)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never raised into Qt
            self._emit("failed", f"cannot open the project: {exc}")
            return
        try:
            result = self.fn(store, self._progress, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001
            if not isinstance(exc, USER_ERRORS):
                traceback.print_exc()
            self._emit("failed", str(exc) or exc.__class__.__name__)
            return
        finally:
            store.close()
        self._emit("finished", result)


class Worker(QObject):
    """One background job and its signals, owned by a GUI-thread parent.

    Usage: `w = Worker(ctx.store.path, fn, parent=self)`, connect `w.progress/finished/failed`,
    then `w.start()`. The Worker deletes itself (deleteLater) after it reported.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self, path: str | Path, fn: JobFn, parent: QObject, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        self._signals = JobSignals(self)
        self._job = Job(path, fn, self._signals)
        self._pool = pool or QThreadPool.globalInstance()
        self._running = False
        self._abandoned = False
        self._signals.progress.connect(self.progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        self._running = True
        _ALIVE.add(self._job)
        self._pool.start(self._job)

    def cancel(self) -> None:
        self._job.cancel()

    @property
    def cancelled(self) -> bool:
        return self._job.cancelled

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job has stopped (for shutdown); True when it has."""
        return self._job.done.wait(timeout) if self._running else True

    def abandon(self) -> None:
        """Nobody wants the answer any more (the project closed): report nothing when it arrives."""
        self._abandoned = True

    def _on_finished(self, result: object) -> None:
        self._running = False
        if not self._abandoned:
            self.finished.emit(result)
        self.deleteLater()

    def _on_failed(self, message: str) -> None:
        self._running = False
        if not self._abandoned:
            self.failed.emit(message)
        self.deleteLater()


class LatestRunner(QObject):
    """Runs one job at a time for `path`; while one runs, a newer request replaces the waiting one.

    For answers that go stale (the claims table's id query while the analyst types): only the
    latest request is run after the current one, and `finished(generation, result)` carries the
    request's generation so the owner can drop answers it no longer wants. A failure arrives as
    `finished(generation, Exception(message))`.
    """

    finished = Signal(int, object)

    def __init__(self, path: str | Path, parent: QObject) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._current: Worker | None = None
        self._waiting: tuple[int, JobFn] | None = None
        self._stopped = False

    @property
    def busy(self) -> bool:
        return self._current is not None

    def submit(self, generation: int, fn: JobFn) -> None:
        if self._stopped:
            return
        self._waiting = (generation, fn)
        if self._current is None:
            self._start_waiting()

    def stop(self, timeout: float = 10.0) -> None:
        """No more answers: drop the waiting request, cancel the running one and wait for it."""
        self._stopped = True
        self._waiting = None
        current, self._current = self._current, None
        if current is not None:
            current.cancel()
            current.wait(timeout)

    def _start_waiting(self) -> None:
        if self._waiting is None or self._stopped:
            return
        generation, fn = self._waiting
        self._waiting = None
        worker = Worker(self._path, fn, parent=self)
        worker.finished.connect(lambda result, g=generation: self._done(worker, g, result))
        worker.failed.connect(lambda message, g=generation: self._done(worker, g, Exception(message)))
        self._current = worker
        worker.start()

    def _done(self, worker: Worker, generation: int, result: object) -> None:
        if worker is not self._current:
            return  # stopped meanwhile
        self._current = None
        self.finished.emit(generation, result)
        self._start_waiting()

