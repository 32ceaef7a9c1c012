"""Undoable edits of sources (who asserted a claim) and of a claim's source."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from workbench.ui.commands.base import StoreCommand
from workbench.ui.context import ProjectContext


class CreateSourceCommand(StoreCommand):
    """A new source; undo deletes it, redo puts the same row (same id) back."""

    def __init__(
        self, ctx: ProjectContext, name: str, kind: str, reliability: str | None = None, notes: str = "",
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(ctx, f"new source {name.strip()}", parent)
        self.name = name.strip()
        self.kind = kind
        self.reliability = reliability
        self.notes = notes
        self.source_id: int | None = None
        self._snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        if self._snapshot is None:
            self.source_id = self.store.add_source(
                self.name, self.kind, self.reliability, self.notes, action=self.text()
            )
        else:
            self.source_id = self.store.restore_source(self._snapshot, action=f"redo {self.text()}")

    def undo(self) -> None:
        assert self.source_id is not None
        self._snapshot = self.store.delete_source(self.source_id, action=f"undo {self.text()}")


class AssignSourceCommand(StoreCommand):
    """Set (or clear, with None) the source of a claim.

    `source` is a source id, or a CreateSourceCommand whose id is only known once it has run
    (the two make up the "create source and assign" macro).
    """

    def __init__(
        self, ctx: ProjectContext, claim_id: int, source: int | CreateSourceCommand | None,
        parent: QUndoCommand | None = None, text: str = "set source",
    ) -> None:
        super().__init__(ctx, text, parent)
        self.claim_id = claim_id
        self.source = source
        self.old: dict[str, Any] = {}

    def _source_id(self) -> int | None:
        if isinstance(self.source, CreateSourceCommand):
            return self.source.source_id
        return self.source

    def redo(self) -> None:
        self.old = self.store.update_claim(self.claim_id, action=self.text(), source_id=self._source_id())

    def undo(self) -> None:
        self.store.update_claim(self.claim_id, action=f"undo {self.text()}", **self.old)


class CreateAndAssignSourceCommand(StoreCommand):
    """One undo step: create a source, then make it the claim's source.

    A plain composite (not Qt parent/child commands): PySide6 may collect the Python side of
    child commands it does not hold, so this command owns both parts itself.
    """

    def __init__(
        self, ctx: ProjectContext, claim_id: int, name: str, kind: str, reliability: str | None = None,
        notes: str = "",
    ) -> None:
        super().__init__(ctx, f"new source {name.strip()} for claim")
        self.create = CreateSourceCommand(ctx, name, kind, reliability, notes)
        self.assign = AssignSourceCommand(ctx, claim_id, self.create, text=f"set source to {name.strip()}")

    @property
    def source_id(self) -> int | None:
        return self.create.source_id

    def redo(self) -> None:
        with self.store.atomic():
            self.create.redo()
            self.assign.redo()

    def undo(self) -> None:
        with self.store.atomic():
            self.assign.undo()
            self.create.undo()


def create_and_assign_source(
    ctx: ProjectContext, claim_id: int, name: str, kind: str, reliability: str | None = None, notes: str = "",
) -> CreateAndAssignSourceCommand:
    return CreateAndAssignSourceCommand(ctx, claim_id, name, kind, reliability, notes)


class EditSourceCommand(StoreCommand):
    """Change a source's name, kind, reliability or notes."""

    def __init__(self, ctx: ProjectContext, source_id: int, **fields: Any) -> None:
        super().__init__(ctx, "edit source")
        self.source_id = source_id
        self.fields = fields
        self.old: dict[str, Any] = {}

    def redo(self) -> None:
        self.old = self.store.update_source(self.source_id, action=self.text(), **self.fields)

    def undo(self) -> None:
        self.store.update_source(self.source_id, action=f"undo {self.text()}", **self.old)
