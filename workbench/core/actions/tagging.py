"""Tag a claim: status, confidence, source and a note in one go (what `workbench tag` takes).

Each change is the very action the window runs for it (same label, same history rows); here
they share one transaction, so all of them land or none does.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.actions import facts, sources
from workbench.core.actions.base import Edit, Steps
from workbench.core.store import Store, StoreError


@dataclass
class Tagged(Steps):
    """The tag's edits, and whether a new source was made for it."""

    source_created: bool = False
    fact_id: int | None = None  # the fact the verdict went to (None: a lone claim)
    claims: int = 1  # how many claims the verdict covers


def tag_claim(
    store: Store, claim_id: int, *, status: str | None = None, confidence: str | None = None,
    source: str | None = None, source_kind: str | None = None, reliability: str | None = None,
    note: str | None = None, only_this: bool = False,
) -> Tagged:
    """Apply the given changes to one claim; None leaves a field as it is."""
    if reliability and not source:
        raise StoreError("a reliability grade needs a source name")
    store.claim(claim_id)
    parts: list[Edit] = []
    created = False
    with store.atomic():
        rated = None
        # the verdict goes to the claim's fact (every claim of it), or to this claim alone with only_this
        if status is not None:
            rated = facts.rate_claim(store, claim_id, status=status, only_this=only_this)
            parts.append(rated)
        if confidence is not None:
            rated = facts.rate_claim(store, claim_id, confidence=confidence, only_this=only_this)
            parts.append(rated)
        if source:
            found = sources.set_source_by_name(store, claim_id, source, kind=source_kind, reliability=reliability)
            created = found.created
            parts.append(found)
        if note and note.strip():
            parts.append(facts.rate_claim(store, claim_id, note=note, only_this=only_this))
    fact_id = rated.fact_id if rated is not None else store.claim(claim_id).get("fact_id")
    covered = rated.claims if rated is not None else 1
    return Tagged(f"Tag claim {claim_id}", parts, created, fact_id=fact_id, claims=covered)
