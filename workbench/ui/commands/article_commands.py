"""Undoable article actions: delete an article with its claims, evidence and links."""

from __future__ import annotations

from typing import Any

from workbench.ui.commands.base import StoreCommand
from workbench.ui.context import ProjectContext


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class DeleteArticleCommand(StoreCommand):
    """Delete an article; undo restores it with the same ids (claims, evidence, links)."""

    def __init__(self, ctx: ProjectContext, article_id: int, title: str) -> None:
        super().__init__(ctx, f"Delete article “{_short(title)}”")
        self.article_id = article_id
        self._snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        if self.ctx.current_article_id == self.article_id:
            self.ctx.select_claim(-1)
            self.ctx.select_article(-1)
        self._snapshot = self.store.delete_article(self.article_id)

    def undo(self) -> None:
        assert self._snapshot is not None
        self.store.restore_article(self._snapshot, action="undo delete article")
        self.ctx.select_claim(-1)  # the claim selected meanwhile belongs to another article
        self.ctx.select_article(self.article_id)


def make_delete_article(ctx: ProjectContext, article_id: int) -> DeleteArticleCommand:
    """Validate first (an exception inside QUndoStack.push() would leave a dead command)."""
    article = ctx.store.article(article_id)  # raises StoreError for an unknown id
    return DeleteArticleCommand(ctx, article_id, article.get("title") or article.get("file") or "(untitled)")
