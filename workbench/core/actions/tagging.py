"""Tag a claim: status, confidence, source and a note in one go (what `workbench tag` takes).

Each change is the very action the window runs for it (same label, same history rows); here
they share one transaction, so all of them land or none does.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.actions import claims, sources
from workbench.core.actions.base import Edit, Steps
from workbench.core.store import Store, StoreError


@dataclass
class Tagged(Steps):
    """The tag's edits, and whether a new source was made for it."""

    source_created: bool = False


def tag_claim(
    store: Store, claim_id: int, *, status: str | None = None, confidence: str | None = None,
    source: str | None = None, source_kind: str | None = None, reliability: str | None = None,
    note: str | None = None,
) -> Tagged:
    """Apply the given changes to one claim; None leaves a field as it is."""
    if reliability and not source:
        raise StoreError("a reliability grade needs a source name")
    store.claim(claim_id)
    parts: list[Edit] = []
    created = False
    with store.atomic():
        if status is not None:
            parts.append(claims.set_status(store, claim_id, status))
        if confidence is not None:
            parts.append(claims.set_confidence(store, claim_id, confidence))
        if source:
            found = sources.set_source_by_name(store, claim_id, source, kind=source_kind, reliability=reliability)
            created = found.created
            parts.append(found)
        if note and note.strip():
            parts.append(claims.append_note(store, claim_id, note))
    return Tagged(f"Tag claim {claim_id}", parts, created)
