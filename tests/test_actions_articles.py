"""Article actions: delete an article with everything on it, take back an import, match."""

from __future__ import annotations

import pytest
from actions_project import SAMPLE, Commits, history_since, last_history_id, snapshot

from workbench.core.actions import articles
from workbench.core.actions.importing import import_paths
from workbench.core.actions.matching import match_claims
from workbench.core.store import StoreError


def test_delete_article_takes_claims_evidence_links_and_undo_restores_them(project):
    store, ids = project
    store.add_evidence(ids["reuters_claims"][0], ids["mee"], "contradicts", "hundreds, not dozens")
    before, mark, commits = snapshot(store), last_history_id(store), Commits(store)
    edit = articles.delete_article(store, ids["mee"])
    assert commits.count == 1
    assert history_since(store, mark) == [("Delete article “Mosul”", "article", ids["mee"], None, "Mosul", None)]
    counts = store.table_counts()
    assert (counts["articles"], counts["claims"], counts["evidence"], counts["links"]) == (1, 2, 0, 0)
    edit.undo(store)
    assert snapshot(store) == before
    edit.redo(store)
    assert store.article_ids() == [ids["reuters"]]
    with pytest.raises(StoreError):
        articles.delete_article(store, 99_999)


def test_edit_article_metadata_and_undo(project):
    store, ids = project
    before, mark = snapshot(store), last_history_id(store)
    edit = articles.edit_article(store, ids["mee"], outlet="Middle East Eye", published="2014-06-11")
    assert {r[0] for r in history_since(store, mark)} == {f"Edit article {ids['mee']}"}
    edit.undo(store)
    assert snapshot(store) == before
    with pytest.raises(StoreError):
        articles.edit_article(store, ids["mee"], text="rewritten")


def test_an_import_is_undone_and_redone_with_the_same_ids(project):
    store, ids = project
    before = snapshot(store)
    result = import_paths(store, [SAMPLE], match=False)  # matching also re-clusters old claims (derived data)
    assert len(result.imported) == 1 and result.new_claim_ids
    edit = articles.imported("import mee-iraq-border-crossing.txt", result.imported)
    after = snapshot(store)
    mark = last_history_id(store)
    edit.undo(store)
    assert snapshot(store) == before
    assert history_since(store, mark)[0][0] == "undo import mee-iraq-border-crossing.txt"
    edit.redo(store)
    assert snapshot(store) == after


def test_match_claims_is_the_one_entry_point_and_keeps_decisions(project):
    store, ids = project
    store.set_link_state(ids["link"], "rejected")
    mark = last_history_id(store)
    summary = match_claims(store)
    assert summary.claims >= 4
    assert store.link(ids["link"])["state"] == "rejected"
    assert all(r[0] == "match claims" for r in history_since(store, mark))
