"""Fact actions: rate a fact once for every claim in it, set one claim apart, move a claim.

A fact's verdict (status, confidence, notes) reaches every member claim not set apart; setting a
claim apart gives it its own verdict (the fact then shows a rating conflict); moving a claim puts
it in another fact, or in one of its own, by hand (regrouping keeps it there). Each is one
transaction under one history label and returns an undoable Edit, like every action.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench.core.actions import claims
from workbench.core.actions.base import ROW_KINDS, Edit, RowKind, Steps, redo_label, undo_label, update_row
from workbench.core.facts import ensure_facts
from workbench.core.store import Store, StoreError
from workbench.core.store.validate import check_confidence, check_status

_UNSET: Any = object()


def _refuse(*_args: Any) -> Any:
    raise StoreError("a fact is not deleted by hand: move its claims instead")


# Facts as rows for the generic edits (notes typed in bursts merge into one undo step).
ROW_KINDS["fact"] = RowKind(
    lambda s, i, a, f: s.set_fact_verdict(i, action=a, **f)["fact"], _refuse, _refuse,
)


@dataclass
class FactVerdictEdit:
    """A fact's verdict changed; `claims` is how many claims show it."""

    label: str
    fact_id: int
    fields: dict[str, Any]
    snapshot: dict[str, Any] = field(default_factory=dict)
    claims: int = 0

    def undo(self, store: Store) -> None:
        with store.atomic():
            store.restore_fact_verdict(self.snapshot, action=undo_label(self.label))

    def redo(self, store: Store) -> None:
        with store.atomic():
            self.snapshot = store.set_fact_verdict(self.fact_id, action=redo_label(self.label), **self.fields)


@dataclass
class ClaimFactEdit:
    """A claim set apart (or back under its fact's verdict), or moved to another fact."""

    label: str
    claim_id: int
    move_to: int | None = None  # for a move: the target fact (the created one after a move out)
    apart: bool | None = None  # for a set-apart: True/False
    fields: dict[str, Any] = field(default_factory=dict)
    snapshot: dict[str, Any] = field(default_factory=dict)

    def _do(self, store: Store, action: str) -> None:
        if self.apart is not None:
            self.snapshot = store.set_claim_verdict_apart(self.claim_id, self.apart, action=action, **self.fields)
        else:
            self.snapshot = store.move_claim_to_fact(self.claim_id, self.move_to, action=action)
            self.move_to = self.snapshot.get("created_fact", self.move_to)

    def undo(self, store: Store) -> None:
        with store.atomic():
            store.restore_claim_fact(self.snapshot, action=undo_label(self.label))

    def redo(self, store: Store) -> None:
        with store.atomic():
            self._do(store, redo_label(self.label))


def fact_of(store: Store, claim_id: int) -> int:
    """The id of the fact a claim belongs to (grouping the facts first if the links changed)."""
    ensure_facts(store)
    fact_id = store.claim(claim_id).get("fact_id")
    if fact_id is None:
        raise StoreError(f"claim {claim_id} is a headline, opinion or boilerplate: it belongs to no fact")
    return int(fact_id)


def rate_fact(store: Store, fact_id: int, *, status: str | None = None, confidence: Any = _UNSET,
              notes: str | None = None) -> FactVerdictEdit:
    """Give a fact a verdict: status, confidence (None clears it) and/or notes."""
    fields: dict[str, Any] = {}
    if status is not None:
        check_status(status)
        fields["status"] = status
    if confidence is not _UNSET:
        check_confidence(confidence)
        fields["confidence"] = confidence
    if notes is not None:
        fields["notes"] = notes
    if not fields:
        raise StoreError("nothing to rate: give a status, a confidence or notes")
    size = len(store.fact_members([fact_id]))
    store.fact_row(fact_id)
    bits = [fields.get("status") or "", f"confidence {fields['confidence'] or 'none'}" if "confidence" in fields else ""]
    what = ", ".join(b for b in bits if b) or "notes"
    edit = FactVerdictEdit(f"Rate fact {fact_id} {what} ({size} claim{'s' if size != 1 else ''})", fact_id, fields,
                           claims=size)
    with store.atomic():
        edit.snapshot = store.set_fact_verdict(fact_id, action=edit.label, **fields)
    return edit


def append_fact_note(store: Store, fact_id: int, note: str) -> FactVerdictEdit:
    old = (store.fact_row(fact_id).get("notes") or "").rstrip()
    note = note.strip()
    return rate_fact(store, fact_id, notes=f"{old}\n{note}" if old else note)


def set_claim_apart(store: Store, claim_id: int, *, status: str, confidence: str | None = None) -> ClaimFactEdit:
    """Give one claim its own verdict; the rest of its fact keeps the fact's."""
    check_status(status)
    check_confidence(confidence)
    fact_of(store, claim_id)
    edit = ClaimFactEdit(f"Set claim {claim_id} apart as {status}", claim_id, apart=True,
                         fields={"status": status, "confidence": confidence})
    with store.atomic():
        edit._do(store, edit.label)
    return edit


def rejoin_fact_verdict(store: Store, claim_id: int) -> ClaimFactEdit:
    """A claim set apart takes its fact's verdict again."""
    fact_of(store, claim_id)
    edit = ClaimFactEdit(f"Give claim {claim_id} its fact's verdict", claim_id, apart=False)
    with store.atomic():
        edit._do(store, edit.label)
    return edit


def move_claim_to_fact(store: Store, claim_id: int, fact_id: int | None) -> ClaimFactEdit:
    """Move a claim into fact `fact_id`, or (None) out into a fact of its own."""
    current = fact_of(store, claim_id)
    if fact_id is not None:
        store.fact_row(fact_id)
        if fact_id == current:
            raise StoreError(f"claim {claim_id} is already in fact {fact_id}")
    where = f"fact {fact_id}" if fact_id is not None else "a fact of its own"
    edit = ClaimFactEdit(f"Move claim {claim_id} to {where}", claim_id, move_to=fact_id)
    with store.atomic():
        edit._do(store, edit.label)
    return edit


def notes_of(store: Store, claim_id: int) -> str:
    """The notes the analyst sees for a claim: its fact's, or its own when it has no fact or is set apart."""
    claim = store.claim(claim_id)
    if claim.get("fact_id") is None or claim.get("verdict_apart"):
        return claim.get("notes") or ""
    return store.fact_row(claim["fact_id"]).get("notes") or ""


def set_notes_of_claim(store: Store, claim_id: int, notes: str) -> Edit:
    """Replace the notes shown for a claim: its fact's (shared by every claim of it), else its own."""
    with store.atomic():  # a pending regrouping lands with the edit: one change notice
        ensure_facts(store)
        claim = store.claim(claim_id)
        if claim.get("fact_id") is None or claim.get("verdict_apart"):
            return claims.set_notes(store, claim_id, notes)
        fact_id = int(claim["fact_id"])
        covered = len(store.fact_members([fact_id]))
        label = f"Edit notes of claim {claim_id}" + (f" (fact {fact_id}, {covered} claims)" if covered > 1 else "")
        return update_row(store, label, "fact", fact_id, notes=notes)


@dataclass
class Rated(Steps):
    """The edits of one rating and what they covered: the fact (None for a lone claim) and how many claims."""

    fact_id: int | None = None
    claims: int = 1

    def __post_init__(self) -> None:
        if len(self.parts) == 1:
            self.label = self.parts[0].label


def rate_claim(store: Store, claim_id: int, *, status: str | None = None, confidence: Any = _UNSET,
               note: str | None = None, only_this: bool = False) -> Rated:
    """What a status key, the inspector and `workbench tag` do to the claim in hand: rate its fact,
    so every claim of the fact shows the verdict. A claim set apart (or `only_this`) keeps a verdict
    of its own; a headline, opinion or boilerplate (no fact) is rated alone.

    The returned edit's `claims` tells how many claims the verdict covers.
    """
    if status is not None:
        check_status(status)
    if confidence is not _UNSET:
        check_confidence(confidence)
    parts: list[Edit] = []
    with store.atomic():  # a pending regrouping lands with the rating: one change notice
        ensure_facts(store)
        claim = store.claim(claim_id)
        fact_id = claim.get("fact_id")
        if fact_id is None or only_this or claim.get("verdict_apart"):
            if fact_id is not None and (status is not None or confidence is not _UNSET):
                new_status = status if status is not None else claim["status"]
                new_conf = confidence if confidence is not _UNSET else claim["confidence"]
                if not claim.get("verdict_apart") or (new_status, new_conf) != (claim["status"], claim["confidence"]):
                    apart = ClaimFactEdit(f"Mark claim {claim_id} {new_status} (only this claim)", claim_id,
                                          apart=True, fields={"status": new_status, "confidence": new_conf})
                    apart._do(store, apart.label)
                    parts.append(apart)
            else:
                if status is not None:
                    parts.append(claims.set_status(store, claim_id, status))
                if confidence is not _UNSET:
                    parts.append(claims.set_confidence(store, claim_id, confidence))
            if note and note.strip():
                parts.append(claims.append_note(store, claim_id, note))
            covered = 1
        else:
            fields: dict[str, Any] = {}
            if status is not None:
                fields["status"] = status
            if confidence is not _UNSET:
                fields["confidence"] = confidence
            if note and note.strip():
                old = (store.fact_row(fact_id).get("notes") or "").rstrip()
                fields["notes"] = f"{old}\n{note.strip()}" if old else note.strip()
            fact = store.fact_row(fact_id)
            covered = len(store.fact_members([fact_id]))
            if any(fact[k] != v for k, v in fields.items()):
                # the labels of the single-claim actions, so history reads the same with or without facts
                if "status" in fields:
                    label = f"Mark claim {claim_id} {fields['status']}"
                elif "confidence" in fields:
                    label = f"Set confidence of claim {claim_id} to {fields['confidence'] or 'none'}"
                else:
                    label = f"Edit notes of claim {claim_id}"
                if covered > 1:
                    label += f" (fact {fact_id}, {covered} claims)"
                edit = FactVerdictEdit(label, fact_id, fields, claims=covered)
                edit.snapshot = store.set_fact_verdict(fact_id, action=label, **fields)
                parts.append(edit)
    return Rated(f"Mark claim {claim_id}", parts, fact_id=fact_id, claims=covered)
