"""Link actions: the analyst's decisions survive re-matching and undo back to the machine's link."""

from __future__ import annotations

import pytest
from actions_project import history_since, last_history_id, snapshot

from workbench.core.actions import links
from workbench.core.store import StoreError


def test_confirm_then_undo_gives_the_machine_link_back(project):
    store, ids = project
    link_id = ids["link"]
    link = store.link(link_id)
    before, mark = snapshot(store), last_history_id(store)
    edit = links.confirm_link(store, link_id)
    label = f"Confirm duplicate between claims {link['claim_a']} and {link['claim_b']}"
    assert edit.label == label
    assert history_since(store, mark) == [(label, "link", link_id, "state", "suggested", "confirmed")]
    assert (store.link(link_id)["state"], store.link(link_id)["auto"]) == ("confirmed", False)
    store.save_links([], scope_claim_ids=None)  # re-matching finds nothing: the decided link stays
    assert store.link(link_id)["state"] == "confirmed"
    edit.undo(store)
    assert snapshot(store) == before
    assert history_since(store, mark)[-1][0] == f"undo {label}"


def test_reject_add_and_delete_links(project):
    store, ids = project
    a, b = ids["mee_claims"][0], ids["reuters_claims"][0]
    before, mark = snapshot(store), last_history_id(store)
    reject = links.reject_link(store, ids["link"])
    add = links.add_link(store, b, a, "conflict")
    delete = links.delete_link(store, add.row_id)
    assert [s.label for s in (reject, add, delete)] == [
        reject.label, f"Link claims {a} and {b} as conflict", f"Unlink claims {a} and {b}"]
    assert reject.label.startswith("Reject duplicate between claims")
    assert [r[0] for r in history_since(store, mark)] == [reject.label, add.label, delete.label]
    delete.undo(store)
    assert store.link(add.row_id)["relation"] == "conflict"
    add.undo(store)
    reject.undo(store)
    assert snapshot(store) == before


@pytest.mark.parametrize("call", [
    lambda s, ids: links.set_link_state(s, ids["link"], "maybe"),
    lambda s, ids: links.set_link_state(s, ids["link"], "confirmed", relation="unrelated"),
    lambda s, ids: links.add_link(s, ids["mee_claims"][0], ids["mee_claims"][0]),
    lambda s, ids: links.add_link(s, ids["mee_claims"][1], ids["reuters_claims"][1]),  # already linked
    lambda s, ids: links.delete_link(s, 99_999),
])
def test_refused_link_actions_change_nothing(project, call):
    store, ids = project
    before, mark = snapshot(store), last_history_id(store)
    with pytest.raises(StoreError):
        call(store, ids)
    assert snapshot(store) == before and history_since(store, mark) == []
