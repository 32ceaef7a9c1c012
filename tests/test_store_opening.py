"""Opening checks a file before anything writes to it; read-only projects open read-only."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from conftest import DATA, SAMPLE

from workbench.cli import main
from workbench.core.store import Store, StoreError
from workbench.core.store.opening import APPLICATION_ID
from workbench.core.store.schema import SCHEMA_VERSION

V1_FIXTURE = DATA / "project-v1.wbproj"


def _sqlite_file(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return path


def _refused_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "foreign": _sqlite_file(tmp_path / "other-app.sqlite", "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"),
        "foreign-wal": _sqlite_file(tmp_path / "other-wal.sqlite", "PRAGMA journal_mode = DELETE",
                                    "PRAGMA application_id = 1234", "CREATE TABLE t (x)"),
        "newer": _sqlite_file(tmp_path / "newer.wbproj", f"PRAGMA application_id = {APPLICATION_ID}",
                              f"PRAGMA user_version = {SCHEMA_VERSION + 5}", "CREATE TABLE claims (x)"),
        "v1-no-tables": _sqlite_file(tmp_path / "v1.db", "PRAGMA user_version = 1", "CREATE TABLE t (x)"),
        "ours-no-tables": _sqlite_file(tmp_path / "ours.db", f"PRAGMA application_id = {APPLICATION_ID}",
                                       "PRAGMA user_version = 1", "CREATE TABLE t (x)"),
    }
    files["empty"] = tmp_path / "empty.wbproj"
    files["empty"].write_bytes(b"")
    files["text"] = tmp_path / "notes.wbproj"
    files["text"].write_text("not a database\n" * 20)
    return files


def test_refused_files_stay_byte_identical_with_one_clear_line(tmp_path, capsys):
    messages = {}
    for kind, path in _refused_files(tmp_path).items():
        before = path.read_bytes()
        with pytest.raises(StoreError) as info:
            Store.open(path)
        messages[kind] = str(info.value)
        assert "\n" not in str(info.value)
        for args in (["claims", str(path)], ["tag", str(path), "1", "--status", "verified"],
                     ["import", str(path), str(SAMPLE)]):
            assert main(args) == 1, (kind, args)
            err = capsys.readouterr().err.strip().splitlines()
            assert len(err) == 1 and err[0].startswith("workbench: error: "), (kind, err)
        assert path.read_bytes() == before, f"{kind}: refusing the file changed it"
        assert not path.with_name(path.name + "-wal").exists(), kind

    assert "0 bytes" in messages["empty"]
    assert "newer Claim Workbench" in messages["newer"]
    assert "another program" in messages["foreign-wal"]
    assert "not a Claim Workbench project" in messages["foreign"]
    assert "missing tables" in messages["ours-no-tables"]


def test_new_project_is_marked_and_in_wal(tmp_path):
    path = tmp_path / "new.wbproj"
    Store.open(path).close()
    with path.open("rb") as fh:
        header = fh.read(100)
    assert header[68:72] == b"CWB1"  # the packaging's mime magic reads these bytes
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_version_1_project_migrates_with_its_data(tmp_path):
    path = tmp_path / "old.wbproj"
    shutil.copy(V1_FIXTURE, path)
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert [a["title"] for a in store.articles()] == ["Border clash"]
        assert store.claim(1)["status"] == "verified"
        assert store.history()[0]["action"] == "set status"
        assert store.pending("match") == []
        store.update_claim(1, status="disputed")
    with Store.open(path) as store:
        assert store.claim(1)["status"] == "disputed"


def _chmod(path: Path, mode: int) -> None:
    os.chmod(path, mode)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "folder" / "p.wbproj"
    path.parent.mkdir()
    assert main(["import", str(path), str(SAMPLE)]) == 1  # no project yet
    Store.open(path).close()
    assert main(["import", str(path), str(SAMPLE), "--json"]) == 0
    yield path
    _chmod(path.parent, 0o755)
    _chmod(path, 0o644)


def test_read_only_file_opens_read_only_refuses_writes_and_leaves_nothing(project, capsys):
    capsys.readouterr()
    _chmod(project, 0o444)
    before = project.read_bytes()
    with Store.open(project) as store:
        assert store.read_only
        assert "read-only" in (store.read_only_reason or "")
        assert len(store.claims()) > 5
        with pytest.raises(StoreError, match="read-only"):
            store.update_claim(store.claims()[0]["id"], status="verified")
    for args in (["tag", str(project), "2", "--status", "verified"], ["import", str(project), str(SAMPLE)],
                 ["match", str(project)]):
        assert main(args) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "read-only" in err[0], err
    assert main(["claims", str(project)]) == 0
    assert project.read_bytes() == before
    assert sorted(p.name for p in project.parent.iterdir()) == ["p.wbproj"], "no -wal/-shm left behind"
    _chmod(project, 0o644)
    with Store.open(project) as store:
        assert not store.read_only
        store.update_claim(store.claims()[0]["id"], status="verified")


def test_read_only_folder_is_named_as_the_problem(project, capsys):
    _chmod(project.parent, stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    with Store.open(project) as store:
        assert store.read_only
        assert str(project.parent) in (store.read_only_reason or "")
    capsys.readouterr()
    assert main(["tag", str(project), "2", "--status", "verified"]) == 1
    assert "folder" in capsys.readouterr().err
    with pytest.raises(StoreError, match="folder .* is read-only"):
        Store.open(project.parent / "new.wbproj")
    assert sorted(p.name for p in project.parent.iterdir()) == ["p.wbproj"]


def test_search_is_literal_and_may_start_with_a_dash(project, capsys):
    capsys.readouterr()
    assert main(["claims", str(project), "--search", "%"]) == 0
    assert capsys.readouterr().out.strip() == "no claims match"
    assert main(["claims", str(project), "--search", "-army"]) == 0
    out = capsys.readouterr().out
    assert "army" in out and "no claims match" not in out
    assert main(["claims", str(project), "--search", "-army", "--json"]) == 0
    assert capsys.readouterr().out.lstrip().startswith("[")
