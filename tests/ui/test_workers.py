"""Background jobs: own Store per thread, progress/finished/failed on the GUI thread, cancel."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6.QtWidgets")

from conftest_panels import *  # noqa: E402, F403
from PySide6.QtCore import QObject, QThread  # noqa: E402

from workbench.ui.workers import Worker  # noqa: E402


def test_job_runs_on_another_thread_with_its_own_store(qtbot, ctx):
    parent = QObject()
    seen: dict[str, object] = {}

    def job(store, progress, cancel):
        seen["thread"] = threading.get_ident()
        seen["same_store"] = store is ctx.store
        progress(1, 2, "half")
        return store.table_counts()["articles"]

    worker = Worker(ctx.store.path, job, parent=parent)
    reports: list[tuple[int, int, str]] = []
    worker.progress.connect(lambda *a: reports.append(a))
    with qtbot.waitSignal(worker.finished, timeout=10_000) as blocker:
        worker.start()
    assert blocker.args == [3]
    assert seen["thread"] != threading.get_ident() and seen["same_store"] is False
    assert reports == [(1, 2, "half")]
    assert QThread.currentThread() is parent.thread()


def test_failure_is_reported_not_raised(qtbot, ctx):
    parent = QObject()

    def job(store, progress, cancel):
        raise ValueError("the file went away")

    worker = Worker(ctx.store.path, job, parent=parent)
    with qtbot.waitSignal(worker.failed, timeout=10_000) as blocker:
        worker.start()
    assert blocker.args == ["the file went away"]


def test_cancel_flag_reaches_the_job(qtbot, ctx):
    parent = QObject()
    started = threading.Event()

    def job(store, progress, cancel):
        started.set()
        while not cancel():
            threading.Event().wait(0.01)
        return "stopped"

    worker = Worker(ctx.store.path, job, parent=parent)
    with qtbot.waitSignal(worker.finished, timeout=10_000) as blocker:
        worker.start()
        assert started.wait(5)
        worker.cancel()
    assert blocker.args == ["stopped"] and worker.cancelled
