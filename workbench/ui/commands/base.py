"""`ActionCommand`: the one QUndoCommand, a thin wrapper over a core action's `Edit`.

`perform(ctx, action, *args)` runs a core action on the project's store and pushes its edit
as one undo step (nothing is pushed when the action changed nothing). Its redo()/undo() only
call `edit.redo(store)` / `edit.undo(store)`; the optional hooks move the window's selection
(never the store) around them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QUndoCommand

from workbench.core.actions.base import Edit, FieldEdit
from workbench.core.store import Store
from workbench.ui.context import ProjectContext

Hook = Callable[[], None]
E = TypeVar("E", bound=Edit)


class ActionCommand(QUndoCommand):
    """One user action on the undo stack; its first redo (inside QUndoStack.push) does nothing,
    because the action has already run.

    `merge_id` (>= 0) lets consecutive field edits of one row merge into one step (notes typed
    in several bursts); `before` runs before every undo/redo, `after_redo`/`after_undo` after.
    """

    def __init__(
        self, ctx: ProjectContext, edit: Edit, *, before: Hook | None = None, after_redo: Hook | None = None,
        after_undo: Hook | None = None, merge_id: int = -1,
    ) -> None:
        super().__init__(edit.label)
        self.ctx = ctx
        self.edit = edit
        self._before, self._after_redo, self._after_undo = before, after_redo, after_undo
        self._merge_id = merge_id
        self._done = True

    @property
    def store(self) -> Store:
        return self.ctx.store

    def redo(self) -> None:
        if self._done:
            return
        if self._before:
            self._before()
        self.edit.redo(self.store)
        self._done = True
        if self._after_redo:
            self._after_redo()

    def undo(self) -> None:
        if self._before:
            self._before()
        self.edit.undo(self.store)
        self._done = False
        if self._after_undo:
            self._after_undo()

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not (isinstance(other, ActionCommand) and isinstance(self.edit, FieldEdit)
                and isinstance(other.edit, FieldEdit)):
            return False
        merged = self.edit.merged(other.edit)
        if merged is None:
            return False
        self.edit = merged
        self.setText(merged.label)
        if not merged.changed:
            self.setObsolete(True)  # typed and then deleted again: nothing to undo
        return True


def perform(
    ctx: ProjectContext, action: Callable[..., E], *args: Any, before: Hook | None = None,
    after_redo: Hook | None = None, after_undo: Hook | None = None, merge_id: int = -1, **kwargs: Any,
) -> E:
    """Run a core action on the project and push it as one undo step; returns its edit.

    Raises the action's StoreError (nothing pushed, project unchanged) when it is refused.
    `before` also runs before the action itself, `after_redo` after it.
    """
    if before:
        before()
    edit = action(ctx.store, *args, **kwargs)
    if getattr(edit, "changed", True):
        ctx.push(ActionCommand(ctx, edit, before=before, after_redo=after_redo, after_undo=after_undo,
                               merge_id=merge_id))
    if after_redo:
        after_redo()
    return edit
