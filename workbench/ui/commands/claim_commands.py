"""Undoable hand edits of claims: create, edit text, change span, split, merge, delete, tag.

Each is one QUndoCommand whose redo()/undo() call the store and nothing else. Commands that
remove a claim keep the store's snapshot so undo puts it back with the same id (and its
evidence and links), and commands that create one re-create it with the same id on redo, so
later commands on the stack keep pointing at the right rows.

Build commands with the `make_*` helpers: they validate first and raise `StoreError` with a
message for the user, because an exception inside QUndoStack.push() would leave a command on
the stack that did nothing.
"""

from __future__ import annotations

from typing import Any

from workbench.core.extract.manual_split import split_texts as complete_split
from workbench.core.model import ClaimKind, Confidence, Status
from workbench.core.store import StoreError
from workbench.ui.commands.base import StoreCommand, UpdateClaimCommand
from workbench.ui.context import ProjectContext


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ClaimFieldsCommand(StoreCommand):
    """Change fields of one claim; like UpdateClaimCommand but takes the fields as a dict, so a
    claim's own `text` field never collides with the command's label."""

    def __init__(self, ctx: ProjectContext, claim_id: int, label: str, fields: dict[str, Any]) -> None:
        super().__init__(ctx, label)
        self.claim_id = claim_id
        self.fields = dict(fields)
        self.old: dict[str, Any] = {}

    def redo(self) -> None:
        self.old = self.store.update_claim(self.claim_id, action=self.text(), **self.fields)

    def undo(self) -> None:
        self.store.update_claim(self.claim_id, action=f"undo {self.text()}", **self.old)


class CreateClaimCommand(StoreCommand):
    """A new claim from a span of an article."""

    def __init__(self, ctx: ProjectContext, article_id: int, start: int, end: int, text: str | None = None) -> None:
        super().__init__(ctx, "New claim")
        self.article_id, self.start, self.end, self.claim_text = article_id, start, end, text
        self.claim_id = -1
        self._snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        if self._snapshot is None:
            self.claim_id = self.store.create_claim(self.article_id, self.start, self.end, self.claim_text)
        else:
            self.claim_id = self.store.restore_claim(self._snapshot, action="redo new claim")
        self.ctx.select_claim(self.claim_id)

    def undo(self) -> None:
        if self.ctx.current_claim_id == self.claim_id:
            self.ctx.select_claim(-1)
        self._snapshot = self.store.delete_claim(self.claim_id, action="undo new claim")


class DeleteClaimCommand(StoreCommand):
    """Delete a claim with its evidence and links; undo restores all of it."""

    def __init__(self, ctx: ProjectContext, claim_id: int, text: str | None = None) -> None:
        super().__init__(ctx, text or "Delete claim")
        self.claim_id = claim_id
        self._snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        if self.ctx.current_claim_id == self.claim_id:
            self.ctx.select_claim(-1)
        self._snapshot = self.store.delete_claim(self.claim_id)

    def undo(self) -> None:
        assert self._snapshot is not None
        self.store.restore_claim(self._snapshot, action="undo delete claim")
        self.ctx.select_claim(self.claim_id)


class SplitClaimCommand(StoreCommand):
    """Split one claim into two at an article offset inside its span.

    The first part keeps the claim (its id, status, source, evidence and links); the second is a
    new claim that inherits speaker, status and confidence.
    """

    def __init__(self, ctx: ProjectContext, claim_id: int, at: int, first_text: str, second_text: str) -> None:
        super().__init__(ctx, "Split claim")
        self.claim_id, self.at = claim_id, at
        self.first_text, self.second_text = first_text, second_text
        self.new_id = -1
        self._old: dict[str, Any] = {}
        self._snapshot: dict[str, Any] | None = None
        self._second_start = at
        self._second_end = at

    def redo(self) -> None:
        claim = self.store.claim(self.claim_id)
        body = self.store.article(claim["article_id"])["text"]
        first_end = self.at
        while first_end > claim["start"] and body[first_end - 1].isspace():
            first_end -= 1
        second_start = self.at
        while second_start < claim["end"] and body[second_start].isspace():
            second_start += 1
        self._old = self.store.update_claim(self.claim_id, action="split claim", end=first_end, text=self.first_text)
        if self._snapshot is None:
            inherit = {k: claim[k] for k in ("speaker", "relayed_by", "status", "confidence", "source_id", "hedged")}
            self.new_id = self.store.create_claim(
                claim["article_id"], second_start, claim["end"], self.second_text, action="split claim", **inherit
            )
        else:
            self.new_id = self.store.restore_claim(self._snapshot, action="redo split claim")

    def undo(self) -> None:
        self._snapshot = self.store.delete_claim(self.new_id, action="undo split claim")
        self.store.update_claim(self.claim_id, action="undo split claim", **self._old)
        self.ctx.select_claim(self.claim_id)


class MergeClaimsCommand(StoreCommand):
    """Merge claims of one article into the first of them: one span covering all, texts joined.

    The others are deleted (their evidence and links go with them; undo brings everything back).
    """

    def __init__(self, ctx: ProjectContext, keep_id: int, other_ids: list[int], start: int, end: int, text: str) -> None:
        super().__init__(ctx, f"Merge {len(other_ids) + 1} claims")
        self.keep_id, self.other_ids = keep_id, other_ids
        self.start, self.end, self.merged_text = start, end, text
        self._old: dict[str, Any] = {}
        self._snapshots: list[dict[str, Any]] = []

    def redo(self) -> None:
        self._snapshots = [self.store.delete_claim(cid, action="merge claims") for cid in self.other_ids]
        self._old = self.store.update_claim(
            self.keep_id, action="merge claims", start=self.start, end=self.end, text=self.merged_text
        )
        self.ctx.select_claim(self.keep_id)

    def undo(self) -> None:
        self.store.update_claim(self.keep_id, action="undo merge claims", **self._old)
        for snapshot in reversed(self._snapshots):
            self.store.restore_claim(snapshot, action="undo merge claims")
        self.ctx.select_claim(self.keep_id)


# -- validated builders -----------------------------------------------------------------------

def make_create(ctx: ProjectContext, article_id: int, start: int, end: int, text: str | None = None) -> CreateClaimCommand:
    body = ctx.store.article(article_id)["text"]
    if not (0 <= start < end <= len(body)) or not body[start:end].strip():
        raise StoreError("select some article text first")
    return CreateClaimCommand(ctx, article_id, start, end, text)


def make_set_status(ctx: ProjectContext, claim_id: int, status: str) -> UpdateClaimCommand:
    if status not in {s.value for s in Status}:
        raise StoreError(f"unknown status {status!r}")
    ctx.store.claim(claim_id)
    return UpdateClaimCommand(ctx, claim_id, f"Mark claim {claim_id} {status}", status=status)


def make_set_confidence(ctx: ProjectContext, claim_id: int, confidence: str | None) -> UpdateClaimCommand:
    if confidence is not None and confidence not in {c.value for c in Confidence}:
        raise StoreError(f"unknown confidence {confidence!r}")
    ctx.store.claim(claim_id)
    return UpdateClaimCommand(
        ctx, claim_id, f"Set confidence of claim {claim_id} to {confidence or 'none'}", confidence=confidence
    )


def make_edit_text(ctx: ProjectContext, claim_id: int, text: str) -> ClaimFieldsCommand:
    text = " ".join(text.split())
    if not text:
        raise StoreError("a claim needs some text")
    ctx.store.claim(claim_id)
    return ClaimFieldsCommand(ctx, claim_id, f"Edit text of claim {claim_id} to “{_short(text)}”", {"text": text})


def make_change_span(ctx: ProjectContext, claim_id: int, start: int, end: int) -> ClaimFieldsCommand:
    claim = ctx.store.claim(claim_id)
    body = ctx.store.article(claim["article_id"])["text"]
    if not (0 <= start < end <= len(body)) or not body[start:end].strip():
        raise StoreError("select the new span in the article first")
    return ClaimFieldsCommand(ctx, claim_id, f"Change span of claim {claim_id}", {"start": start, "end": end})


def make_delete(ctx: ProjectContext, claim_id: int) -> DeleteClaimCommand:
    claim = ctx.store.claim(claim_id)
    return DeleteClaimCommand(ctx, claim_id, f"Delete claim “{_short(claim['text'])}”")


def split_texts(quote_first: str, quote_second: str) -> tuple[str, str]:
    """Readable texts for the two halves of a split: complete sentences (extraction's rule)."""
    return complete_split(quote_first, quote_second)


def make_split(ctx: ProjectContext, claim_id: int, at: int) -> SplitClaimCommand:
    """Split at an article offset strictly inside the claim's span, away from its edges."""
    claim = ctx.store.claim(claim_id)
    body = ctx.store.article(claim["article_id"])["text"]
    if not claim["start"] < at < claim["end"]:
        raise StoreError("put the cursor inside the claim where it should be split")
    first_quote, second_quote = body[claim["start"]:at], body[at:claim["end"]]
    if not first_quote.strip() or not second_quote.strip():
        raise StoreError("both parts of a split need some text")
    first, second = split_texts(first_quote, second_quote)
    return SplitClaimCommand(ctx, claim_id, at, first, second)


def make_merge(ctx: ProjectContext, claim_ids: list[int]) -> MergeClaimsCommand:
    if len(set(claim_ids)) < 2:
        raise StoreError("select two or more claims to merge")
    claims = ctx.store.claims_by_ids(sorted(set(claim_ids)))
    if len({c["article_id"] for c in claims}) != 1:
        raise StoreError("only claims of the same article can be merged")
    claims.sort(key=lambda c: (c["start"], c["end"]))
    keep = claims[0]
    start = min(c["start"] for c in claims)
    end = max(c["end"] for c in claims)
    body = ctx.store.article(keep["article_id"])["text"]
    text = " ".join(body[start:end].split())  # the merged span, as the article says it
    return MergeClaimsCommand(ctx, keep["id"], [c["id"] for c in claims[1:]], start, end, text)


def make_toggle_claim_kind(ctx: ProjectContext, claim_id: int) -> ClaimFieldsCommand:
    """A claim becomes 'not a claim' (opinion: nothing checkable), or a non-claim becomes a claim."""
    claim = ctx.store.claim(claim_id)
    if claim["kind"] in (ClaimKind.CLAIM.value, ClaimKind.MANUAL.value):
        return ClaimFieldsCommand(ctx, claim_id, f"Mark claim {claim_id} as not a claim",
                                  {"kind": ClaimKind.OPINION.value})
    return ClaimFieldsCommand(ctx, claim_id, f"Mark {claim['kind']} {claim_id} as a claim",
                              {"kind": ClaimKind.CLAIM.value})
