"""Claim actions on a real project file: one transaction, one label, exact undo and redo."""

from __future__ import annotations

import pytest
from actions_project import Commits, history_since, last_history_id, snapshot

from workbench.core.actions import claims
from workbench.core.store import StoreError


def test_set_status_writes_one_row_and_undo_restores(project):
    store, ids = project
    cid = ids["mee_claims"][0]
    before, mark, commits = snapshot(store), last_history_id(store), Commits(store)
    edit = claims.set_status(store, cid, "verified")
    assert commits.count == 1
    assert history_since(store, mark) == [(f"Mark claim {cid} verified", "claim", cid, "status", "unverified", "verified")]
    assert edit.label == f"Mark claim {cid} verified" and edit.changed
    edit.undo(store)
    assert snapshot(store) == before
    assert history_since(store, mark)[-1] == (f"undo Mark claim {cid} verified", "claim", cid, "status", "verified",
                                              "unverified")
    edit.redo(store)
    assert store.claim(cid)["status"] == "verified"
    assert history_since(store, mark)[-1][0] == f"redo Mark claim {cid} verified"
    assert commits.count == 3  # action, undo, redo: one transaction each


@pytest.mark.parametrize("call", [
    lambda s, c: claims.set_status(s, c, "maybe"),
    lambda s, c: claims.set_confidence(s, c, "certain"),
    lambda s, c: claims.edit_text(s, c, "   "),
    lambda s, c: claims.change_span(s, c, 5, 10_000),
    lambda s, c: claims.set_kind(s, c, "rumour"),
    lambda s, c: claims.split_claim(s, c, 0),
    lambda s, c: claims.merge_claims(s, [c]),
    lambda s, c: claims.set_status(s, 99_999, "verified"),
    lambda s, c: claims.delete_claims(s, [c, 99_999]),
])
def test_a_refused_action_changes_nothing_and_writes_no_history(project, call):
    store, ids = project
    before, mark = snapshot(store), last_history_id(store)
    with pytest.raises(StoreError):
        call(store, ids["mee_claims"][0])
    assert snapshot(store) == before
    assert history_since(store, mark) == []


def test_an_edit_that_changes_nothing_writes_nothing(project):
    store, ids = project
    cid = ids["mee_claims"][0]
    mark = last_history_id(store)
    edit = claims.set_status(store, cid, "unverified")
    assert not edit.changed and history_since(store, mark) == []


def test_confidence_notes_text_and_kind_labels(project):
    store, ids = project
    cid = ids["mee_claims"][2]
    mark = last_history_id(store)
    claims.set_confidence(store, cid, "high")
    claims.set_confidence(store, cid, None)
    claims.append_note(store, cid, " first ")
    claims.append_note(store, cid, "second")
    claims.edit_text(store, cid, "  Kerry   visited Baghdad. ")
    claims.toggle_claim_kind(store, cid)
    claims.toggle_claim_kind(store, cid)
    assert [r[0] for r in history_since(store, mark)] == [
        f"Set confidence of claim {cid} to high", f"Set confidence of claim {cid} to none",
        f"Edit notes of claim {cid}", f"Edit notes of claim {cid}", f"Edit text of claim {cid}",
        f"Mark claim {cid} as not a claim", f"Mark opinion {cid} as a claim",
    ]
    claim = store.claim(cid)
    assert (claim["notes"], claim["text"], claim["kind"]) == ("first\nsecond", "Kerry visited Baghdad.", "claim")


def test_change_span_follows_the_article_and_undoes(project):
    store, ids = project
    cid = ids["mee_claims"][0]
    before = snapshot(store)
    edit = claims.change_span(store, cid, 0, 8)
    assert store.claim(cid)["quote"] == "Hundreds"
    edit.undo(store)
    assert snapshot(store) == before


def test_create_then_undo_then_redo_keeps_the_id(project):
    store, ids = project
    before, mark = snapshot(store), last_history_id(store)
    edit = claims.create_claim(store, ids["mee"], 0, 19, None)
    assert store.claim(edit.row_id)["quote"] == "Hundreds of soldier"
    assert history_since(store, mark)[0][:3] == (f"New claim in article {ids['mee']}", "claim", edit.row_id)
    created = edit.row_id
    edit.undo(store)
    assert snapshot(store) == before
    edit.redo(store)
    assert edit.row_id == created and store.claim(created)["kind"] == "manual"
    with pytest.raises(StoreError, match="select some article text"):
        claims.create_claim(store, ids["mee"], 5, 5)


def test_delete_several_claims_is_one_step_with_links_and_evidence(project):
    store, ids = project
    a, b = ids["mee_claims"][1], ids["mee_claims"][2]
    store.add_evidence(a, ids["reuters"], "supports", "same figure")
    before, mark, commits = snapshot(store), last_history_id(store), Commits(store)
    edit = claims.delete_claims(store, [a, b])
    assert commits.count == 1
    assert {r[0] for r in history_since(store, mark)} == {"Delete 2 claims"}
    assert store.table_counts()["links"] == 0 and store.table_counts()["evidence"] == 0
    edit.undo(store)
    assert snapshot(store) == before
    assert commits.count == 2
    edit.redo(store)
    with pytest.raises(StoreError):
        store.claim(a)


def test_split_is_one_transaction_under_one_label_and_undoes_exactly(project):
    store, ids = project
    cid = ids["mee_claims"][0]
    claims.set_status(store, cid, "disputed")
    body = store.article(ids["mee"])["text"]
    at = body.index("officials")
    before, mark, commits = snapshot(store), last_history_id(store), Commits(store)
    edit = claims.split_claim(store, cid, at)
    assert commits.count == 1
    rows = history_since(store, mark)
    assert {r[0] for r in rows} == {f"Split claim {cid}"} and len(rows) == 3  # end, text, new claim
    first, new_id = store.claim(cid), edit.parts[1].row_id
    second = store.claim(new_id)
    assert first["quote"] == "Hundreds of soldiers were killed in Mosul,"
    assert second["quote"].startswith("officials") and second["text"].startswith("Officials")
    assert second["status"] == "disputed"
    edit.undo(store)
    assert snapshot(store) == before
    assert commits.count == 2
    edit.redo(store)
    assert store.claim(new_id)["start"] == at and store.claim(cid)["end"] == first["end"]


def test_merge_is_one_transaction_and_undo_brings_back_the_links(project):
    store, ids = project
    a, b = ids["mee_claims"][0], ids["mee_claims"][1]
    before, mark, commits = snapshot(store), last_history_id(store), Commits(store)
    edit = claims.merge_claims(store, [b, a])
    assert commits.count == 1
    assert {r[0] for r in history_since(store, mark)} == {f"Merge 2 claims into claim {a}"}
    merged = store.claim(a)
    assert merged["start"] == 0 and merged["quote"].endswith("homes.")
    assert store.table_counts()["links"] == 0  # b's link went with it
    edit.undo(store)
    assert snapshot(store) == before
    with pytest.raises(StoreError, match="same article"):
        claims.merge_claims(store, [a, ids["reuters_claims"][0]])
