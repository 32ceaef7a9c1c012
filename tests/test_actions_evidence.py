"""Evidence actions: add, flip, annotate, remove; each one label, each undone exactly."""

from __future__ import annotations

import pytest
from actions_project import history_since, last_history_id, snapshot

from workbench.core.actions import evidence
from workbench.core.store import StoreError


def test_evidence_round_trip_with_labels(project):
    store, ids = project
    cid, article = ids["mee_claims"][1], ids["reuters"]
    before, mark = snapshot(store), last_history_id(store)
    add = evidence.add_evidence(store, cid, article, "supports", "same figure")
    flip = evidence.flip_evidence(store, add.row_id)
    note = evidence.edit_evidence_note(store, add.row_id, "  UN says 500,000 ")
    assert store.evidence(cid)[0]["note"] == "UN says 500,000"
    remove = evidence.remove_evidence(store, add.row_id)
    assert history_since(store, mark) == [
        (f"Add supporting evidence to claim {cid}", "claim", cid, "evidence", None,
         f"supports article {article}: same figure"),
        (f"Change evidence on claim {cid} to contradicting", "claim", cid, "evidence.stance", "supports", "contradicts"),
        (f"Edit evidence note on claim {cid}", "claim", cid, "evidence.note", "same figure", "UN says 500,000"),
        (f"Remove evidence from claim {cid}", "claim", cid, "evidence", f"contradicts article {article}", None),
    ]
    for step in (remove, note, flip):
        step.undo(store)
    assert [(e["id"], e["stance"], e["note"]) for e in store.evidence(cid)] == [(add.row_id, "supports", "same figure")]
    add.undo(store)
    assert snapshot(store) == before
    add.redo(store)
    assert store.evidence(cid)[0]["id"] == add.row_id


@pytest.mark.parametrize("call", [
    lambda s, c, a: evidence.add_evidence(s, c, a, "maybe"),
    lambda s, c, a: evidence.add_evidence(s, c, 99_999, "supports"),
    lambda s, c, a: evidence.add_evidence(s, 99_999, a, "supports"),
    lambda s, c, a: evidence.remove_evidence(s, 99_999),
    lambda s, c, a: evidence.set_evidence_stance(s, 99_999, "supports"),
])
def test_refused_evidence_changes_nothing(project, call):
    store, ids = project
    before, mark = snapshot(store), last_history_id(store)
    with pytest.raises(StoreError):
        call(store, ids["mee_claims"][1], ids["reuters"])
    assert snapshot(store) == before and history_since(store, mark) == []


def test_the_same_article_is_evidence_once(project):
    store, ids = project
    evidence.add_evidence(store, ids["mee_claims"][1], ids["reuters"], "supports")
    before, mark = snapshot(store), last_history_id(store)
    with pytest.raises(StoreError, match="already evidence"):
        evidence.add_evidence(store, ids["mee_claims"][1], ids["reuters"], "contradicts")
    assert snapshot(store) == before and history_since(store, mark) == []
