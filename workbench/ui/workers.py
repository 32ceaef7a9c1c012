"""Background jobs: long work (import, extraction, matching) off the UI thread.

A job is a plain function `fn(store, progress, cancel) -> result` in the core's convention:
`progress(done, total, message)` and `cancel() -> bool`. It runs on the global QThreadPool
with ITS OWN `Store` opened on the project file (an sqlite3 connection belongs to the thread
that opened it); the signals arrive queued on the GUI thread, where the owner calls
`ctx.reload_from_disk()` so every view refreshes from the file.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from workbench.core.store import Store

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
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

    def _on_finished(self, result: object) -> None:
        self._running = False
        self.finished.emit(result)
        self.deleteLater()

    def _on_failed(self, message: str) -> None:
        self._running = False
        self.failed.emit(message)
        self.deleteLater()
