"""Undoable decisions on links between claims (confirm / reject a suggested match)."""

from __future__ import annotations

from typing import Any

from workbench.core.vocab import LINK_STATE_VERBS
from workbench.ui.commands.base import StoreCommand
from workbench.ui.context import ProjectContext


class SetLinkStateCommand(StoreCommand):
    """The analyst's decision on a link; the store marks it as decided (auto=False) so re-matching keeps it."""

    def __init__(
        self, ctx: ProjectContext, link_id: int, state: str, relation: str | None = None, label: str = "link"
    ) -> None:
        # label names what is decided, e.g. "duplicate" -> "confirm duplicate"
        super().__init__(ctx, f"{LINK_STATE_VERBS.get(state, state)} {relation or label}")
        self.link_id = link_id
        self.state = state
        self.relation = relation
        self.old: dict[str, Any] = {}

    def redo(self) -> None:
        self.old = self.store.set_link_state(
            self.link_id, self.state, auto=False, relation=self.relation, action=self.text()
        )

    def undo(self) -> None:
        self.store.set_link_state(
            self.link_id, self.old["state"], auto=self.old["auto"], relation=self.old["relation"],
            action=f"undo {self.text()}",
        )


class AddLinkCommand(StoreCommand):
    """Link two claims by hand."""

    def __init__(self, ctx: ProjectContext, claim_a: int, claim_b: int, relation: str) -> None:
        super().__init__(ctx, f"link claims as {relation}")
        self.claim_a, self.claim_b, self.relation = claim_a, claim_b, relation
        self.link_id: int | None = None
        self._snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        if self._snapshot is None:
            self.link_id = self.store.add_link(self.claim_a, self.claim_b, self.relation, action=self.text())
        else:
            self.link_id = self.store.restore_link(self._snapshot, action=f"redo {self.text()}")

    def undo(self) -> None:
        assert self.link_id is not None
        self._snapshot = self.store.delete_link(self.link_id, action=f"undo {self.text()}")


class DeleteLinkCommand(StoreCommand):
    def __init__(self, ctx: ProjectContext, link_id: int) -> None:
        super().__init__(ctx, "unlink claims")
        self.link_id = link_id
        self._snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        self._snapshot = self.store.delete_link(self.link_id, action=self.text())

    def undo(self) -> None:
        assert self._snapshot is not None
        self.link_id = self.store.restore_link(self._snapshot, action=f"undo {self.text()}")
