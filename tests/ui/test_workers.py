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


def test_closing_the_project_cancels_and_waits_for_its_workers(qtbot, ctx):
    parent = QObject()
    started, stopped = threading.Event(), threading.Event()

    def job(store, progress, cancel):
        started.set()
        while not cancel():
            threading.Event().wait(0.01)
        store.table_counts()  # its own store is still usable until the job returns
        stopped.set()
        return "stopped"

    worker = ctx.track(Worker(ctx.store.path, job, parent=parent))
    answers: list[object] = []
    worker.finished.connect(answers.append)
    worker.start()
    assert started.wait(30)
    ctx.close()
    assert stopped.is_set() and ctx.closed  # the job ended before close() returned
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()  # delivers the job's queued signals
    assert answers == []  # ... which no longer reach anyone: the project is closed


def test_project_timers_never_fire_into_a_closed_project(qtbot, ctx):
    parent = QObject()
    fired: list[int] = []
    timer = ctx.timer(parent, 10_000, lambda: fired.append(1))
    timer.start()
    ctx.close()
    assert not timer.isActive()
    timer.timeout.emit()  # even a late timeout does not reach the slot
    assert fired == []


def test_latest_runner_answers_the_newest_request_after_the_running_one(qtbot, ctx):
    from workbench.ui.workers import LatestRunner

    parent = QObject()
    runner = LatestRunner(ctx.store.path, parent)
    gate = threading.Event()
    answers: list[tuple[int, object]] = []
    runner.finished.connect(lambda generation, result: answers.append((generation, result)))

    def slow(store, progress, cancel):
        gate.wait(30)
        return "first"

    runner.submit(1, slow)
    for generation in (2, 3, 4):
        runner.submit(generation, lambda store, p, c, g=generation: f"answer {g}")
    gate.set()
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=30_000)
    assert answers == [(1, "first"), (4, "answer 4")]  # 2 and 3 were replaced while 1 ran
    runner.stop()
    assert not runner.busy
