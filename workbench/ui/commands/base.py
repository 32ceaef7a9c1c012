"""The base of every undoable action."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from workbench.core.store import Store
from workbench.ui.context import ProjectContext


class StoreCommand(QUndoCommand):
    """An action whose redo()/undo() call the store and nothing else.

    Validate before pushing: redo() runs inside QUndoStack.push(), where an exception would
    leave a command on the stack that did nothing.
    """

    def __init__(self, ctx: ProjectContext, text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.ctx = ctx

    @property
    def store(self) -> Store:
        return self.ctx.store


class UpdateClaimCommand(StoreCommand):
    """Change some fields of one claim (status, confidence, source, text, span, notes...)."""

    def __init__(self, ctx: ProjectContext, claim_id: int, text: str, **fields: Any) -> None:
        super().__init__(ctx, text)
        self.claim_id = claim_id
        self.fields = fields
        self.old: dict[str, Any] = {}

    def redo(self) -> None:
        self.old = self.store.update_claim(self.claim_id, action=self.text(), **self.fields)

    def undo(self) -> None:
        self.store.update_claim(self.claim_id, action=f"undo {self.text()}", **self.old)
