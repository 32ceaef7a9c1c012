"""Link actions: the analyst's word on what matching found (confirm, reject) and links by hand.

A decided link is marked `auto = False`, so re-matching never changes it.
"""

from __future__ import annotations

from workbench.core.actions.base import Created, Deleted, FieldEdit, delete_row, update_row
from workbench.core.store import Store
from workbench.core.store.validate import check_link
from workbench.core.vocab import LINK_STATE_VERBS, LinkState, Relation


def set_link_state(store: Store, link_id: int, state: str, relation: str | None = None) -> FieldEdit:
    """Decide a link (confirmed, rejected, or back to suggested), optionally as another relation."""
    link = store.link(link_id)
    relation = relation or link["relation"]
    check_link(relation, state)
    label = f"{LINK_STATE_VERBS[state].capitalize()} {relation} between claims {link['claim_a']} and {link['claim_b']}"
    return update_row(store, label, "link", link_id, state=state, auto=False, relation=relation)


def confirm_link(store: Store, link_id: int, relation: str | None = None) -> FieldEdit:
    return set_link_state(store, link_id, LinkState.CONFIRMED.value, relation)


def reject_link(store: Store, link_id: int) -> FieldEdit:
    return set_link_state(store, link_id, LinkState.REJECTED.value)


def add_link(
    store: Store, claim_a: int, claim_b: int, relation: str = Relation.DUPLICATE.value,
    state: str = LinkState.CONFIRMED.value,
) -> Created:
    """Link two claims by hand (a decided link)."""
    check_link(relation, state)
    a, b = sorted((claim_a, claim_b))
    label = f"Link claims {a} and {b} as {relation}"
    return Created(label, "link", store.add_link(claim_a, claim_b, relation, state=state, action=label))


def delete_link(store: Store, link_id: int) -> Deleted:
    link = store.link(link_id)
    return delete_row(store, f"Unlink claims {link['claim_a']} and {link['claim_b']}", "link", link_id)
