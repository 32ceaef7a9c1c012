"""Other processes at work on the same project: a tag during a match, kills, a closed pipe."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

from workbench.core.actions.importing import import_paths
from workbench.core.store import Store

SAMPLES = ROOT / "workbench" / "resources" / "samples"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _near_copies(folder: Path, copies: int) -> Path:
    """Many editions of two stories: matching them writes tens of thousands of links."""
    folder.mkdir()
    for n in range(copies):
        for source in sorted(SAMPLES.glob("8_1*.txt")):
            text = source.read_text(encoding="utf-8")
            (folder / f"{n}-{source.name}").write_text(f"{text}\nEdition {n} of this story was filed on day {n}.\n",
                                                       encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def unmatched(tmp_path_factory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("concurrency")
    folder = _near_copies(base / "articles", 24)
    project = base / "unmatched.wbproj"
    with Store.open(project) as store:
        result = import_paths(store, [folder], match=False)
        assert not result.errors
    return project, folder


def _copy_project(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def _workbench(*args: str) -> list[str]:
    return [sys.executable, "-m", "workbench", *args]


def test_tags_while_a_match_runs_all_succeed(unmatched, tmp_path):
    project = _copy_project(unmatched[0], tmp_path / "p.wbproj")
    match = subprocess.Popen(_workbench("match", str(project)), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             env=ENV)
    tags: list[tuple[int, subprocess.CompletedProcess[str]]] = []
    claim_id = 0
    while match.poll() is None or not tags:
        claim_id += 1
        tags.append((claim_id, subprocess.run(_workbench("tag", str(project), str(claim_id), "--status", "verified"),
                                              capture_output=True, text=True, env=ENV, timeout=120)))
    assert match.wait(timeout=300) == 0, match.stderr.read() if match.stderr else ""
    failed = [(cid, p.stderr) for cid, p in tags if p.returncode != 0]
    assert not failed, f"{len(failed)} of {len(tags)} tags failed during the match: {failed[:2]}"
    with Store.open(project) as store:
        assert all(store.claim(cid)["status"] == "verified" for cid, _ in tags)
        assert len(store.links()) > 1000


def test_kill_during_the_matching_of_an_import_is_completed_by_the_next_import(unmatched, tmp_path):
    folder = unmatched[1]
    expected = _copy_project(unmatched[0], tmp_path / "expected.wbproj")
    from workbench.core.match.matching import match_project

    with Store.open(expected) as store:
        match_project(store)
        want = {(lk["claim_a"], lk["claim_b"]) for lk in store.links()}
    project = tmp_path / "p.wbproj"
    Store.open(project).close()
    total = len(list(folder.iterdir()))
    proc = subprocess.Popen(_workbench("import", str(project), str(folder)), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=ENV)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        with sqlite3.connect(project, timeout=10) as conn:
            if conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == total:
                break
        time.sleep(0.02)
    finished_first = proc.poll() is not None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert not finished_first, "the import ended before its matching could be killed"
    with Store.open(project) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.pending("match"), "the unfinished matching was not recorded"
        result = import_paths(store, [folder])
        assert result.imported == [] and len(result.duplicates) == total
        assert store.pending("match") == []
        assert {(lk["claim_a"], lk["claim_b"]) for lk in store.links()} == want


TAG_STREAM = """
import sys
from workbench.core.store import Store
store = Store.open(sys.argv[1])
ids = [c["id"] for c in store.claims()]
statuses = ["verified", "disputed", "false", "unverifiable"]
n = 0
while True:
    cid = ids[n % len(ids)]
    status = statuses[(n // len(ids)) % len(statuses)]
    store.update_claim(cid, status=status)
    print(cid, status, flush=True)
    n += 1
"""


def test_every_acknowledged_tag_survives_a_kill(unmatched, tmp_path):
    project = _copy_project(unmatched[0], tmp_path / "p.wbproj")
    proc = subprocess.Popen([sys.executable, "-c", TAG_STREAM, str(project)], stdout=subprocess.PIPE, text=True,
                            env=ENV)
    assert proc.stdout is not None
    acknowledged: dict[int, str] = {}
    for line in proc.stdout:
        cid, status = line.split()
        acknowledged[int(cid)] = status
        if len(acknowledged) >= 150:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with Store.open(project) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        lost = {cid: s for cid, s in acknowledged.items() if store.claim(cid)["status"] != s}
        # The edit after the last acknowledged one may have landed too; none acknowledged may be lost.
        assert not lost


def test_closed_pipe_is_quiet(unmatched):
    project = unmatched[0]
    proc = subprocess.run(
        f"{sys.executable} -m workbench articles {project} --json | head -c 1; "
        f"{sys.executable} -m workbench claims {project} | head -n 1",
        shell=True, capture_output=True, text=True, timeout=120, env=ENV,
    )
    assert proc.stderr == ""
    assert proc.stdout.startswith("[")


def test_a_long_job_pauses_as_long_as_half_its_last_hold(tmp_path, monkeypatch):
    """On a loaded machine a waiting edit wakes tens of milliseconds late: the gap a job leaves
    between its transactions grows with how long it held the lock (`Store.pause_for_others`)."""
    from workbench.core.store import base

    real_sleep = time.sleep
    with Store.open(tmp_path / "p.wbproj") as store:
        with store.atomic():
            real_sleep(0.05)  # a transaction that held the write lock at least 50 ms
        slept: list[float] = []
        monkeypatch.setattr(base.time, "sleep", slept.append)
        store.pause_for_others()
    assert slept and 0.025 <= slept[0] <= base.JOB_PAUSE_MAX
