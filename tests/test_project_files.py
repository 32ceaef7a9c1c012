"""Save a copy (SQLite backup of an open project), the rotating log file and the licence notices."""

from __future__ import annotations

import logging
from pathlib import Path

import platformdirs
import pytest

from workbench.core import logs, notices
from workbench.core.ingest.reader import content_hash
from workbench.core.model import ExtractedClaim, ImportedArticle
from workbench.core.store import Store, StoreError
from workbench.core.store.copy import save_copy

TEXT = "The crossing reopened on Tuesday after a three-day closure, the ministry said."


def add_article(store: Store, text: str = TEXT) -> int:
    article = ImportedArticle(text=text, content_hash=content_hash(text), file="a.txt", title="Crossing")
    claim = ExtractedClaim(text=text, quote=text, start=0, end=len(text))
    article_id = store.add_article(article, [claim])
    assert article_id is not None
    return article_id


def test_save_copy_holds_every_committed_change_and_stands_alone(store, tmp_path):
    add_article(store)
    claim_id = store.claims()[0]["id"]
    store.update_claim(claim_id, status="verified")  # still in the -wal file: no checkpoint yet
    assert Path(f"{store.path}-wal").stat().st_size > 0
    target = save_copy(store, tmp_path / "copy.wbproj")
    assert target == tmp_path / "copy.wbproj"
    assert not Path(f"{target}-wal").exists() and not list(tmp_path.glob(".*partial"))
    with Store.open(target, create=False) as copy:
        assert [c["status"] for c in copy.claims()] == ["verified"]
        assert copy.history()  # the history travels with the project
    store.update_claim(claim_id, status="false")  # the open project goes on; the copy keeps its moment
    with Store.open(target, create=False) as copy:
        assert copy.claim(claim_id)["status"] == "verified"


def test_save_copy_replaces_an_existing_file(store, tmp_path):
    add_article(store)
    target = tmp_path / "copy.wbproj"
    target.write_bytes(b"an old file")
    save_copy(store, target)
    assert target.read_bytes().startswith(b"SQLite format 3\x00")


def test_save_copy_refuses_with_a_message_naming_the_file(store, tmp_path):
    with pytest.raises(StoreError, match="is the open project itself"):
        save_copy(store, store.path)
    with pytest.raises(StoreError, match="missing"):
        save_copy(store, tmp_path / "missing" / "copy.wbproj")
    with pytest.raises(StoreError, match="is a folder"):
        save_copy(store, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("project.db")) == []


@pytest.fixture
def clean_logger():
    """The workbench logger as a test found it (setup_logging adds a handler)."""
    handlers, level = list(logs.logger.handlers), logs.logger.level
    yield logs.logger
    for handler in logs.logger.handlers:
        if handler not in handlers:
            handler.close()
    logs.logger.handlers[:] = handlers
    logs.logger.setLevel(level)


def test_log_file_under_workbench_home_rotates(workbench_home, clean_logger, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 400)
    path = logs.setup_logging()
    assert path == workbench_home / "logs" / "workbench.log"
    assert logs.setup_logging() == path  # a second call adds no second handler
    assert sum(getattr(h, "_workbench_log", False) for h in clean_logger.handlers) == 1
    for n in range(60):
        logging.getLogger("workbench.test").info("line %d of the rotation test", n)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["workbench.log", "workbench.log.1", "workbench.log.2", "workbench.log.3"]
    assert "line 59 of the rotation test" in path.read_text(encoding="utf-8")


def test_log_folder_is_platformdirs_without_workbench_home(monkeypatch):
    monkeypatch.delenv("WORKBENCH_HOME")
    assert logs.logs_dir() == Path(platformdirs.user_log_dir("ClaimWorkbench", appauthor=False))


def test_unwritable_log_folder_does_not_stop_the_app(workbench_home, clean_logger):
    (workbench_home / "logs").write_text("a file where the folder should be")
    assert logs.setup_logging() is None
    logging.getLogger("workbench.test").warning("still fine")


def test_licence_notices_carry_the_bundled_data_and_any_licenses_folder(tmp_path):
    bundled = [n.title for n in notices.licence_notices()]
    assert "samples/ATTRIBUTION" in bundled and "samples/LICENSE-ECBPLUS" in bundled
    ecb = next(n for n in notices.licence_notices() if n.title == "samples/LICENSE-ECBPLUS")
    assert "Creative Commons Attribution 3.0" in ecb.text and "Ô" not in ecb.text  # UTF-8, not Mac Roman
    root = tmp_path / "resources"
    (root / "licenses" / "models").mkdir(parents=True)
    (root / "licenses" / "models" / "minilm.txt").write_bytes("Model card ‘MIT’".encode("cp1252"))
    (root / "licenses" / "README").write_text("Notices of bundled models.", encoding="utf-8")
    (root / "samples").mkdir()
    (root / "samples" / "LICENSE").write_text("CC BY", encoding="utf-8")
    (root / "samples" / "story.txt").write_text("not a notice", encoding="utf-8")
    found = notices.licence_notices(root)
    assert [n.title for n in found] == ["licenses/README", "licenses/models/minilm.txt", "samples/LICENSE"]
    assert found[1].text == "Model card ‘MIT’"
