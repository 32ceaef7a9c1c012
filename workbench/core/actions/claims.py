"""Claim actions: tag (status, confidence, notes), reword, re-span, create, split, merge, delete.

Each function validates, writes in one transaction under one history label and returns an
`Edit` (see `base`); the CLI's `tag` and the window's inspector, triage keys and claim menu call
these same functions, so the same change leaves the same history rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from workbench.core.actions.base import (
    Created,
    Deleted,
    Edit,
    FieldEdit,
    Steps,
    delete_row,
    short,
    update_row,
)
from workbench.core.extract.manual_split import split_texts as complete_split
from workbench.core.store import Store, StoreError
from workbench.core.store.validate import check_claim_kind, check_claim_text, check_confidence, check_status
from workbench.core.vocab import ClaimKind

log = logging.getLogger(__name__)

#: kinds that count as claims (the others are headlines, opinion, boilerplate)
CLAIM_KINDS = (ClaimKind.CLAIM.value, ClaimKind.MANUAL.value)


# -- the assessment ----------------------------------------------------------------------------


def set_status(store: Store, claim_id: int, status: str) -> FieldEdit:
    """Mark a claim verified, disputed, false, unverifiable or unverified."""
    check_status(status)
    store.claim(claim_id)
    return update_row(store, f"Mark claim {claim_id} {status}", "claim", claim_id, status=status)


def set_confidence(store: Store, claim_id: int, confidence: str | None) -> FieldEdit:
    """Rate how sure the analyst is (None clears it)."""
    check_confidence(confidence)
    store.claim(claim_id)
    label = f"Set confidence of claim {claim_id} to {confidence or 'none'}"
    return update_row(store, label, "claim", claim_id, confidence=confidence)


def set_notes(store: Store, claim_id: int, notes: str) -> FieldEdit:
    """Replace the analyst's free notes on a claim."""
    store.claim(claim_id)
    return update_row(store, f"Edit notes of claim {claim_id}", "claim", claim_id, notes=notes)


def append_note(store: Store, claim_id: int, note: str) -> FieldEdit:
    """Add a line to the claim's notes (what `workbench tag --note` does)."""
    old = (store.claim(claim_id).get("notes") or "").rstrip()
    note = note.strip()
    return set_notes(store, claim_id, f"{old}\n{note}" if old else note)


# -- fixing extraction -------------------------------------------------------------------------


class RematchingEdit(FieldEdit):
    """A change of what a claim says: after it (and its redo) the claim's machine links are
    recomputed, links the analyst confirmed or rejected kept; undo puts back the links and groups
    exactly as they were before the edit.

    With `rematch_now` False (the window) the edit only writes the claim; the caller re-matches
    it in the background (`rematch_edited`) after the edit and after every redo, and lets any
    re-match in flight finish or cancel before an undo, so the undo's links are the last word.
    """

    links_before: list[dict[str, Any]]
    groups_before: dict[int, int]
    rematch_now: bool = True

    def keep_state(self, store: Store) -> None:
        self.links_before = store.links_snapshot(self.row_id)
        self.groups_before = store.cluster_ids()

    def undo(self, store: Store) -> None:
        with store.atomic():
            super().undo(store)
            store.put_back_links(self.row_id, self.links_before)
            groups: dict[int, list[int]] = {}
            for cid, group in self.groups_before.items():
                groups.setdefault(group, []).append(cid)
            store.set_clusters(list(groups.values()))

    def redo(self, store: Store) -> None:
        super().redo(store)
        if self.rematch_now:
            rematch(store, self.row_id)


def rematch(store: Store, claim_id: int) -> None:
    """Recompute one edited claim's machine links. A failure here never loses the edit: the old
    links stay until the next match."""
    try:
        rematch_edited(store, {claim_id})
    except Exception:  # noqa: BLE001 - matching is derived data; the analyst's edit is saved
        log.exception("re-matching claim %s after an edit failed", claim_id)


def rematch_edited(store: Store, claim_ids: Iterable[int], *, cancel: Callable[[], bool] | None = None) -> bool:
    """Recompute the machine links of claims whose text or span changed (claims deleted meanwhile
    are skipped). False when `cancel()` stopped it before anything was written."""
    from workbench.core.match.blocking import MatchCancelled
    from workbench.core.match.project import rematch_claims

    ids = {c["id"] for c in store.claims_by_ids(sorted(set(claim_ids)))}
    try:
        rematch_claims(store, ids, cancel=cancel)
    except MatchCancelled:
        return False
    return True


def _rematching(store: Store, edit: FieldEdit, rematch_now: bool) -> RematchingEdit:
    out = RematchingEdit(edit.label, edit.entity, edit.row_id, edit.old, edit.new)
    out.rematch_now = rematch_now
    out.keep_state(store)
    if out.changed and rematch_now:
        rematch(store, out.row_id)
    return out


def edit_text(store: Store, claim_id: int, text: str, *, rematch_now: bool = True) -> RematchingEdit:
    """Reword a claim so that it reads on its own (white space is tidied); its machine links
    are recomputed for the new words (by the caller, in the background, without `rematch_now`)."""
    text = " ".join(text.split())
    check_claim_text(text)
    store.claim(claim_id)
    return _rematching(store, update_row(store, f"Edit text of claim {claim_id}", "claim", claim_id, text=text),
                       rematch_now)


def change_span(store: Store, claim_id: int, start: int, end: int, *, rematch_now: bool = True) -> RematchingEdit:
    """Point a claim at other words of its article (the quote follows the span); its machine
    links are recomputed."""
    claim = store.claim(claim_id)
    body = store.article(claim["article_id"])["text"]
    if not (0 <= start < end <= len(body)) or not body[start:end].strip():
        raise StoreError("select the new span in the article first")
    return _rematching(store, update_row(store, f"Change span of claim {claim_id}", "claim", claim_id,
                                         start=start, end=end), rematch_now)


def set_kind(store: Store, claim_id: int, kind: str) -> FieldEdit:
    check_claim_kind(kind)
    claim = store.claim(claim_id)
    if kind == ClaimKind.CLAIM.value:
        label = f"Mark {claim['kind']} {claim_id} as a claim"
    elif kind == ClaimKind.OPINION.value and claim["kind"] in CLAIM_KINDS:
        label = f"Mark claim {claim_id} as not a claim"
    else:
        label = f"Mark claim {claim_id} as {kind}"
    return update_row(store, label, "claim", claim_id, kind=kind)


def toggle_claim_kind(store: Store, claim_id: int) -> FieldEdit:
    """A claim becomes 'not a claim' (opinion: nothing checkable), or a non-claim becomes a claim."""
    kind = store.claim(claim_id)["kind"]
    return set_kind(store, claim_id, ClaimKind.OPINION.value if kind in CLAIM_KINDS else ClaimKind.CLAIM.value)


def create_claim(store: Store, article_id: int, start: int, end: int, text: str | None = None) -> Created:
    """A claim made by hand from a span of an article."""
    body = store.article(article_id)["text"]
    if not (0 <= start < end <= len(body)) or not body[start:end].strip():
        raise StoreError("select some article text first")
    label = f"New claim in article {article_id}"
    claim_id = store.create_claim(article_id, start, end, text, action=label)
    return Created(label, "claim", claim_id)


def delete_claim(store: Store, claim_id: int) -> Deleted:
    """Delete a claim with its evidence and links (undo brings all of it back)."""
    claim = store.claim(claim_id)
    return delete_row(store, f"Delete claim “{short(claim['text'])}”", "claim", claim_id)


def delete_claims(store: Store, claim_ids: Sequence[int]) -> Edit:
    """Delete several claims as one step (one transaction, one label)."""
    ids = list(dict.fromkeys(claim_ids))
    if not ids:
        raise StoreError("select the claims to delete first")
    if len(ids) == 1:
        return delete_claim(store, ids[0])
    for claim_id in ids:
        store.claim(claim_id)
    label = f"Delete {len(ids)} claims"
    with store.atomic():
        return Steps(label, [delete_row(store, label, "claim", claim_id) for claim_id in ids])


# -- split and merge ---------------------------------------------------------------------------


def split_texts(quote_first: str, quote_second: str) -> tuple[str, str]:
    """Readable texts for the two halves of a split: complete sentences, by extraction's rule
    (capital, full stop, subject or relative antecedent restored in the second half)."""
    return complete_split(quote_first, quote_second)


def split_claim(store: Store, claim_id: int, at: int) -> Steps:
    """Split a claim at an article offset strictly inside its span.

    The first part keeps the claim (its id, status, source, evidence and links); the second is a
    new claim that inherits speaker, status, confidence and source.
    """
    claim = store.claim(claim_id)
    body = store.article(claim["article_id"])["text"]
    if not claim["start"] < at < claim["end"]:
        raise StoreError("put the cursor inside the claim where it should be split")
    first_quote, second_quote = body[claim["start"]:at], body[at:claim["end"]]
    if not first_quote.strip() or not second_quote.strip():
        raise StoreError("both parts of a split need some text")
    first_text, second_text = split_texts(first_quote, second_quote)
    first_end = at
    while first_end > claim["start"] and body[first_end - 1].isspace():
        first_end -= 1
    second_start = at
    while second_start < claim["end"] and body[second_start].isspace():
        second_start += 1
    label = f"Split claim {claim_id}"
    inherit = {k: claim[k] for k in ("speaker", "relayed_by", "status", "confidence", "source_id", "hedged")}
    with store.atomic():
        first = update_row(store, label, "claim", claim_id, end=first_end, text=first_text)
        new_id = store.create_claim(claim["article_id"], second_start, claim["end"], second_text, action=label,
                                    **inherit)
    return Steps(label, [first, Created(label, "claim", new_id)])


def merge_plan(store: Store, claim_ids: Sequence[int]) -> tuple[int, list[int], int, int, str]:
    """(kept id, ids merged into it, start, end, text) for merging these claims; validates."""
    if len(set(claim_ids)) < 2:
        raise StoreError("select two or more claims to merge")
    claims = store.claims_by_ids(sorted(set(claim_ids)))
    if len(claims) != len(set(claim_ids)):
        raise StoreError("some of these claims no longer exist")
    if len({c["article_id"] for c in claims}) != 1:
        raise StoreError("only claims of the same article can be merged")
    claims.sort(key=lambda c: (c["start"], c["end"]))
    keep = claims[0]
    start = min(c["start"] for c in claims)
    end = max(c["end"] for c in claims)
    body = store.article(keep["article_id"])["text"]
    text = " ".join(body[start:end].split())  # the merged span, as the article says it
    return keep["id"], [c["id"] for c in claims[1:]], start, end, text


def merge_claims(store: Store, claim_ids: Sequence[int]) -> Steps:
    """Merge claims of one article into the first of them: one span covering all, texts joined.

    The others are deleted (their evidence and links go with them; undo brings everything back).
    """
    keep_id, other_ids, start, end, text = merge_plan(store, claim_ids)
    label = f"Merge {len(other_ids) + 1} claims into claim {keep_id}"
    with store.atomic():
        parts: list[Edit] = [delete_row(store, label, "claim", cid) for cid in other_ids]
        parts.append(update_row(store, label, "claim", keep_id, start=start, end=end, text=text))
    return Steps(label, parts)

