"""Claim actions that move the window's selection: create, delete, split, merge a claim.

The store work is the core action's (workbench.core.actions.claims); these only say which claim
is selected after each step, so the reader and inspector follow undo and redo. Other claim
actions (status, confidence, text, span, kind) need no selection and are pushed with
`perform(ctx, claims.set_status, claim_id, status)` directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workbench.core.actions import claims
from workbench.core.actions.base import Created, Edit, Steps
from workbench.core.actions.claims import RematchingEdit
from workbench.ui.commands.base import ActionCommand, perform
from workbench.ui.context import ProjectContext


def _deselect(ctx: ProjectContext, claim_ids: Sequence[int]) -> None:
    if ctx.current_claim_id in claim_ids:
        ctx.select_claim(-1)


def create_claim(ctx: ProjectContext, article_id: int, start: int, end: int, text: str | None = None) -> Created:
    """A new claim from a span of the reader; it becomes the selected claim."""
    edit = claims.create_claim(ctx.store, article_id, start, end, text)
    ctx.push(ActionCommand(ctx, edit, before=lambda: _deselect(ctx, [edit.row_id]),
                           after_redo=lambda: ctx.select_claim(edit.row_id)))
    ctx.select_claim(edit.row_id)
    return edit


def delete_claims(ctx: ProjectContext, claim_ids: Sequence[int]) -> Edit:
    """Delete one claim or several as one step; undo selects the (first) claim again."""
    ids = list(claim_ids)
    return perform(ctx, claims.delete_claims, ids, before=lambda: _deselect(ctx, ids),
                   after_undo=lambda: ctx.select_claim(ids[0]))


def split_claim(ctx: ProjectContext, claim_id: int, at: int) -> Steps:
    return perform(ctx, claims.split_claim, claim_id, at, after_undo=lambda: ctx.select_claim(claim_id))


def merge_claims(ctx: ProjectContext, claim_ids: Sequence[int]) -> Steps:
    keep_id = claims.merge_plan(ctx.store, claim_ids)[0]  # validates before anything moves
    return perform(ctx, claims.merge_claims, list(claim_ids), after_redo=lambda: ctx.select_claim(keep_id),
                   after_undo=lambda: ctx.select_claim(keep_id))


def _rematching(ctx: ProjectContext, action: Callable[..., RematchingEdit], claim_id: int, *args: object) -> RematchingEdit:
    """A change of a claim's words as one undo step; its links are re-matched in the background
    after the edit and every redo, and a re-match in flight is settled before an undo or redo."""
    ids = {claim_id}
    return perform(ctx, action, claim_id, *args, rematch_now=False, before=lambda: ctx.derived.settle(ids),
                   after_redo=lambda: ctx.derived.rematch(ids))


def edit_text(ctx: ProjectContext, claim_id: int, text: str) -> RematchingEdit:
    """Reword a claim (the inspector's Edit text…, the claim menu's Edit Claim Text)."""
    return _rematching(ctx, claims.edit_text, claim_id, text)


def change_span(ctx: ProjectContext, claim_id: int, start: int, end: int) -> RematchingEdit:
    """Point a claim at the words selected in the reader."""
    return _rematching(ctx, claims.change_span, claim_id, start, end)
