"""Undoable edits of a claim's corroborating articles (evidence)."""

from __future__ import annotations

from typing import Any

from workbench.core.vocab import STANCE_ADJECTIVES
from workbench.ui.commands.base import StoreCommand
from workbench.ui.context import ProjectContext


class AddEvidenceCommand(StoreCommand):
    """Attach an article to a claim as supporting or contradicting it."""

    def __init__(self, ctx: ProjectContext, claim_id: int, article_id: int, stance: str, note: str = "") -> None:
        super().__init__(ctx, f"add {STANCE_ADJECTIVES.get(stance, stance)} article")
        self.claim_id = claim_id
        self.article_id = article_id
        self.stance = stance
        self.note = note
        self.evidence_id: int | None = None
        self._snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        if self._snapshot is None:
            self.evidence_id = self.store.add_evidence(
                self.claim_id, self.article_id, self.stance, self.note, action=self.text()
            )
        else:  # put back the very same row (same id) on redo after undo
            self.evidence_id = self.store.restore_evidence(self._snapshot, action=f"redo {self.text()}")

    def undo(self) -> None:
        assert self.evidence_id is not None
        self._snapshot = self.store.remove_evidence(self.evidence_id, action=f"undo {self.text()}")


class RemoveEvidenceCommand(StoreCommand):
    def __init__(self, ctx: ProjectContext, evidence_id: int) -> None:
        super().__init__(ctx, "remove evidence")
        self.evidence_id = evidence_id
        self._snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        self._snapshot = self.store.remove_evidence(self.evidence_id, action=self.text())

    def undo(self) -> None:
        assert self._snapshot is not None
        self.evidence_id = self.store.restore_evidence(self._snapshot, action=f"undo {self.text()}")


class EditEvidenceCommand(StoreCommand):
    """Change the stance and/or note of one piece of evidence."""

    def __init__(self, ctx: ProjectContext, evidence_id: int, **fields: Any) -> None:
        super().__init__(ctx, "edit evidence note" if set(fields) == {"note"} else "edit evidence")
        self.evidence_id = evidence_id
        self.fields = fields
        self.old: dict[str, Any] = {}

    def redo(self) -> None:
        self.old = self.store.update_evidence(self.evidence_id, action=self.text(), **self.fields)

    def undo(self) -> None:
        self.store.update_evidence(self.evidence_id, action=f"undo {self.text()}", **self.old)
