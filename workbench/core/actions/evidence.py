"""Evidence actions: attach an article that supports or contradicts a claim, flip, annotate, remove.

History rows of evidence belong to the claim (entity 'claim', field 'evidence'), so a claim's
history tells its whole story.
"""

from __future__ import annotations

from workbench.core.actions.base import Created, Deleted, FieldEdit, delete_row, update_row
from workbench.core.store import Store
from workbench.core.store.validate import check_stance
from workbench.core.vocab import STANCE_ADJECTIVES, Stance


def _stance_word(stance: str) -> str:
    return STANCE_ADJECTIVES[stance]


def add_evidence(store: Store, claim_id: int, article_id: int, stance: str, note: str = "") -> Created:
    """Attach an article to a claim as supporting or contradicting it (once per claim and article)."""
    check_stance(stance)
    label = f"Add {_stance_word(stance)} evidence to claim {claim_id}"
    return Created(label, "evidence", store.add_evidence(claim_id, article_id, stance, note, action=label))


def set_evidence_stance(store: Store, evidence_id: int, stance: str) -> FieldEdit:
    """Say that an article supports (or contradicts) the claim after all."""
    check_stance(stance)
    row = store.evidence_row(evidence_id)
    label = f"Change evidence on claim {row['claim_id']} to {_stance_word(stance)}"
    return update_row(store, label, "evidence", evidence_id, stance=stance)


def flip_evidence(store: Store, evidence_id: int) -> FieldEdit:
    """Supporting becomes contradicting and the reverse."""
    stance = store.evidence_row(evidence_id)["stance"]
    flipped = Stance.CONTRADICTS.value if stance == Stance.SUPPORTS.value else Stance.SUPPORTS.value
    return set_evidence_stance(store, evidence_id, flipped)


def edit_evidence_note(store: Store, evidence_id: int, note: str) -> FieldEdit:
    """Why this article supports or contradicts the claim."""
    row = store.evidence_row(evidence_id)
    label = f"Edit evidence note on claim {row['claim_id']}"
    return update_row(store, label, "evidence", evidence_id, note=note.strip())


def remove_evidence(store: Store, evidence_id: int) -> Deleted:
    row = store.evidence_row(evidence_id)
    return delete_row(store, f"Remove evidence from claim {row['claim_id']}", "evidence", evidence_id)
