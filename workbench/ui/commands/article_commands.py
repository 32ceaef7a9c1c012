"""Delete an article (with its claims, evidence and links) and take back an import, with selection."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.actions import articles
from workbench.core.actions.articles import Imported
from workbench.core.actions.base import Deleted
from workbench.ui.commands.base import ActionCommand, perform
from workbench.ui.context import ProjectContext


def delete_article(ctx: ProjectContext, article_id: int) -> Deleted:
    """Delete an article; undo restores it with the same ids and selects it again."""

    def clear() -> None:
        if ctx.current_article_id == article_id:
            ctx.select_claim(-1)
            ctx.select_article(-1)

    def reselect() -> None:
        ctx.select_claim(-1)  # the claim selected meanwhile belongs to another article
        ctx.select_article(article_id)

    return perform(ctx, articles.delete_article, article_id, before=clear, after_undo=reselect)


def push_import(ctx: ProjectContext, label: str, article_ids: Sequence[int]) -> Imported:
    """An import that a background job already wrote, as one undo step (undo deletes its articles)."""
    edit = articles.imported(label, article_ids)
    ctx.push(ActionCommand(ctx, edit))
    return edit
