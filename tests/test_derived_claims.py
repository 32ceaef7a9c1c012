"""Claims derived from another (a claim's core without its time and place) are stored with the id of
their full claim: listed under it, left out of the top-level list, carried by `claims --json`."""

from __future__ import annotations

import json
import shutil

from conftest import DATA

from workbench.cli import main
from workbench.core.extract.extractor import extract_claims
from workbench.core.model import ImportedArticle
from workbench.core.store import ClaimFilter, Store
from workbench.core.store.schema import SCHEMA_VERSION

BODY = "Flood waters damaged two bridges near the dam on Sunday, officials said. Kerry visited Baghdad."


def _import(store: Store, body: str = BODY) -> int:
    article_id = store.add_article(ImportedArticle(text=body, title="Floods", content_hash=body), extract_claims(body))
    assert article_id is not None
    return article_id


def test_a_core_is_stored_with_the_id_of_its_full_claim(tmp_path):
    with Store.open(tmp_path / "p.wbproj") as store:
        _import(store)
        rows = store.claims(ClaimFilter())
        core = next(r for r in rows if r["text"] == "Flood waters damaged two bridges.")
        full = store.claim(core["derived_from"])
        assert full["text"] == "Flood waters damaged two bridges near the dam on Sunday."
        assert full["derived_from"] is None
        # in reading order the full claim comes first, its core right after it
        ids = [r["id"] for r in rows]
        assert ids.index(core["id"]) == ids.index(full["id"]) + 1
        top = store.claims(ClaimFilter(derived=False))
        assert core["id"] not in {r["id"] for r in top} and full["id"] in {r["id"] for r in top}
        assert len(top) == len(rows) - 1


def test_deleting_the_full_claim_leaves_its_core_standing_and_undo_restores_the_link(tmp_path):
    with Store.open(tmp_path / "p.wbproj") as store:
        _import(store)
        core = next(r for r in store.claims() if r["derived_from"] is not None)
        parent = core["derived_from"]
        snapshot = store.delete_claim(parent)
        assert store.claim(core["id"])["derived_from"] is None
        store.restore_claim(snapshot)
        assert store.claim(parent)["text"].startswith("Flood waters")
        assert store.claim(core["id"])["derived_from"] == parent


def test_an_article_deleted_and_restored_keeps_its_cores_under_their_claims(tmp_path):
    with Store.open(tmp_path / "p.wbproj") as store:
        article_id = _import(store)
        before = {r["id"]: r["derived_from"] for r in store.claims(ClaimFilter(kinds=None))}
        assert any(before.values())
        store.restore_article(store.delete_article(article_id))
        assert {r["id"]: r["derived_from"] for r in store.claims(ClaimFilter(kinds=None))} == before


def test_re_extraction_keeps_a_touched_full_claim_and_links_the_new_core_to_it(tmp_path):
    with Store.open(tmp_path / "p.wbproj") as store:
        article_id = _import(store)
        full = next(r for r in store.claims() if r["text"].endswith("on Sunday."))
        store.update_claim(full["id"], status="verified")
        store.replace_claims(article_id, extract_claims(BODY))
        core = next(r for r in store.claims() if r["text"] == "Flood waters damaged two bridges.")
        assert core["derived_from"] == full["id"]


def test_an_older_project_gains_the_column_with_its_claims_top_level(tmp_path):
    path = tmp_path / "old.wbproj"
    shutil.copy(DATA / "project-v1.wbproj", path)
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        rows = store.claims(ClaimFilter(kinds=None))
        assert rows and all(r["derived_from"] is None for r in rows)
        assert len(store.claims(ClaimFilter(kinds=None, derived=False))) == len(rows)


def test_claims_json_carries_the_parent_id_and_top_level_leaves_cores_out(tmp_path, capsys):
    project = tmp_path / "p.wbproj"
    with Store.open(project) as store:
        _import(store)
    assert main(["claims", str(project), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    derived = [r for r in rows if r["derived_from"] is not None]
    assert derived and all(any(p["id"] == r["derived_from"] for p in rows) for r in derived)
    assert main(["claims", str(project), "--json", "--top-level"]) == 0
    top = json.loads(capsys.readouterr().out)
    assert len(top) == len(rows) - len(derived) and all(r["derived_from"] is None for r in top)
