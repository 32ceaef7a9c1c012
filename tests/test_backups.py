"""Rolling backups through SQLite's backup API, and restoring one in place."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta

import pytest
from conftest import DATA, SAMPLE

from workbench.cli import main
from workbench.core.actions.importing import import_paths
from workbench.core.store import Store, StoreError
from workbench.core.store.backup import (
    backup_folder,
    backup_if_due,
    list_backups,
    make_backup,
    restore_backup,
)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.wbproj"
    with Store.open(path) as store:
        import_paths(store, [SAMPLE], match=False)
    return path


def test_backups_live_in_the_data_folder_and_roll(project, workbench_home):
    with Store.open(project) as store:
        first = make_backup(store, keep=3)
        assert first.parent == backup_folder(project)
        assert str(first).startswith(str(workbench_home))
        for _ in range(5):
            make_backup(store, keep=3)
        assert len(list_backups(project)) == 3
        assert first not in [p for _, p in list_backups(project)]
        conn = sqlite3.connect(list_backups(project)[0][1])
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == store.table_counts()["claims"]
        conn.close()


def test_a_backup_is_made_at_most_once_per_interval(project):
    with Store.open(project) as store:
        assert backup_if_due(store, every=timedelta(minutes=10)) is not None
        assert backup_if_due(store, every=timedelta(minutes=10)) is None
        assert backup_if_due(store, every=timedelta(0)) is not None


def test_cli_writes_make_a_backup_first(project):
    claim_id = Store.open(project).claims()[0]["id"]
    assert main(["tag", str(project), str(claim_id), "--status", "verified"]) == 0
    assert main(["tag", str(project), str(claim_id), "--status", "false"]) == 0
    backups = list_backups(project)
    assert len(backups) == 1  # the second edit came within the interval
    with sqlite3.connect(backups[0][1]) as conn:
        assert conn.execute("SELECT status FROM claims WHERE id = ?", (claim_id,)).fetchone()[0] == "unverified"


def test_restore_puts_a_backup_back_in_place_and_can_be_undone(project):
    with Store.open(project) as store:
        claim_id = store.claims()[0]["id"]
        backup = make_backup(store)
        store.update_claim(claim_id, status="disputed")
        heard = []
        store.subscribe(heard.append)
        safety = restore_backup(store, backup)
        assert store.claim(claim_id)["status"] == "unverified"
        assert heard and heard[-1][0].kind == "reload"
        restore_backup(store, safety)
        assert store.claim(claim_id)["status"] == "disputed"
    with Store.open(project) as store:  # the file on disk holds it, not just the connection
        assert store.claim(claim_id)["status"] == "disputed"


def test_restoring_something_else_is_refused_and_changes_nothing(project, tmp_path):
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with Store.open(project) as store:
        before = store.table_counts()
        with pytest.raises(StoreError, match="not a project backup"):
            restore_backup(store, other)
        assert store.table_counts() == before


def test_an_old_backup_is_migrated_when_restored(project, tmp_path):
    old = tmp_path / "old-backup.wbproj"
    shutil.copy(DATA / "project-v1.wbproj", old)
    with Store.open(project) as store:
        restore_backup(store, old)
        assert [a["title"] for a in store.articles()] == ["Border clash"]
        assert store.pending("match") == []
