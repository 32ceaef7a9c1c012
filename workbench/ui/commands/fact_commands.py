"""The window's fact decisions: each runs a core fact action and pushes it as one undo step."""

from __future__ import annotations

from typing import Any

from workbench.core.actions import facts
from workbench.core.actions.base import Edit
from workbench.ui.commands.base import perform
from workbench.ui.context import ProjectContext


def rate_fact(ctx: ProjectContext, fact_id: int, **fields: Any) -> Edit:
    """Give a fact a verdict: every claim of it not set apart shows it."""
    return perform(ctx, facts.rate_fact, fact_id, **fields)


def set_claim_apart(ctx: ProjectContext, claim_id: int, status: str, confidence: str | None = None) -> Edit:
    return perform(ctx, facts.set_claim_apart, claim_id, status=status, confidence=confidence)


def rejoin_fact_verdict(ctx: ProjectContext, claim_id: int) -> Edit:
    return perform(ctx, facts.rejoin_fact_verdict, claim_id)


def move_claim_to_fact(ctx: ProjectContext, claim_id: int, fact_id: int | None) -> Edit:
    return perform(ctx, facts.move_claim_to_fact, claim_id, fact_id)
