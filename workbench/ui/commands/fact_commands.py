"""Undoable decisions on facts: rate a fact, set one claim apart, move a claim between facts."""

from __future__ import annotations

from typing import Any

from workbench.ui.commands.base import StoreCommand
from workbench.ui.context import ProjectContext


class RateFactCommand(StoreCommand):
    """Set a fact's status/confidence/notes: every claim of the fact not set apart shows it."""

    def __init__(self, ctx: ProjectContext, fact_id: int, text: str, **fields: Any) -> None:
        super().__init__(ctx, text)
        self.fact_id = fact_id
        self.fields = fields
        self.snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        self.snapshot = self.store.set_fact_verdict(self.fact_id, action=self.text(), **self.fields)

    def undo(self) -> None:
        assert self.snapshot is not None
        self.store.restore_fact_verdict(self.snapshot, action=f"undo {self.text()}")


class SetClaimApartCommand(StoreCommand):
    """Give one claim its own verdict (or give it back its fact's verdict with apart=False)."""

    def __init__(self, ctx: ProjectContext, claim_id: int, apart: bool, text: str, **fields: Any) -> None:
        super().__init__(ctx, text)
        self.claim_id, self.apart, self.fields = claim_id, apart, fields
        self.snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        self.snapshot = self.store.set_claim_verdict_apart(self.claim_id, self.apart, action=self.text(), **self.fields)

    def undo(self) -> None:
        assert self.snapshot is not None
        self.store.restore_claim_fact(self.snapshot, action=f"undo {self.text()}")


class MoveClaimToFactCommand(StoreCommand):
    """Move a claim into another fact, or (fact_id None) out into a fact of its own."""

    def __init__(self, ctx: ProjectContext, claim_id: int, fact_id: int | None) -> None:
        where = f"fact {fact_id}" if fact_id is not None else "a fact of its own"
        super().__init__(ctx, f"move claim {claim_id} to {where}")
        self.claim_id, self.fact_id = claim_id, fact_id
        self.snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        self.snapshot = self.store.move_claim_to_fact(self.claim_id, self.fact_id, action=self.text())
        if self.fact_id is None:
            self.fact_id = self.snapshot.get("created_fact")  # redo after undo reuses the same fact

    def undo(self) -> None:
        assert self.snapshot is not None
        self.store.restore_claim_fact(self.snapshot, action=f"undo {self.text()}")
