"""Article actions: edit an article's metadata, delete an article, take back an import.

Deleting an article takes its claims, evidence and links with it; undo restores them all with
the same ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.core.actions.base import (
    Deleted,
    FieldEdit,
    delete_row,
    redo_label,
    short,
    undo_label,
    update_row,
)
from workbench.core.store import Store


def article_name(article: dict[str, Any]) -> str:
    return article.get("title") or article.get("file") or "(untitled)"


def edit_article(store: Store, article_id: int, **fields: Any) -> FieldEdit:
    """Correct an article's title, outlet, author, url or publication date."""
    store.article(article_id)
    return update_row(store, f"Edit article {article_id}", "article", article_id, **fields)


def delete_article(store: Store, article_id: int) -> Deleted:
    """Delete an article with its claims, evidence and links."""
    article = store.article(article_id)  # raises StoreError for an unknown id
    return delete_row(store, f"Delete article “{short(article_name(article))}”", "article", article_id)


@dataclass
class Imported:
    """Articles an import added (the import itself ran already, see `importing`).

    Undo deletes them (keeping snapshots), redo restores them with the same ids.
    """

    label: str
    article_ids: list[int]
    snapshots: list[dict[str, Any]] = field(default_factory=list)

    def undo(self, store: Store) -> None:
        with store.atomic():
            self.snapshots = [store.delete_article(a, action=undo_label(self.label)) for a in reversed(self.article_ids)]
        self.snapshots.reverse()

    def redo(self, store: Store) -> None:
        with store.atomic():
            for snapshot in self.snapshots:
                store.restore_article(snapshot, action=redo_label(self.label))
        self.snapshots = []


def imported(label: str, article_ids: Sequence[int]) -> Imported:
    return Imported(label, list(article_ids))
