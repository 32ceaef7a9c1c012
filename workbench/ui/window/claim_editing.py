"""Fixing extraction by hand: new claim from a selection, edit text, change span, split, merge,
not-a-claim, delete claims, delete an article, and copy claims with their sources.

Each edit is one undoable command (workbench.ui.commands) pushed on the project's stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog

from workbench.core.actions import claims
from workbench.core.store import StoreError
from workbench.ui.commands import article_commands, claim_commands
from workbench.ui.commands.base import perform
from workbench.ui.context import ProjectContext
from workbench.ui.window.base import WindowBase


def _core(action: Callable[..., Any]) -> Callable[..., Any]:
    """A core action as a window command: run it on the context's store and push its edit."""
    return lambda ctx, *args: perform(ctx, action, *args)


class ClaimEditingMixin(WindowBase):
    def _push(self, run: Callable[..., Any], *args: Any) -> bool:
        """Run one action (`run(ctx, *args)` pushes its undo step); a refusal beeps and says why."""
        if self.ctx is None:
            return False
        ctx: ProjectContext = self.ctx
        try:
            edit = run(ctx, *args)
        except StoreError as exc:
            self.show_message(str(exc))
            QApplication.beep()
            return False
        self.show_message(edit.label)
        return True

    def _current_claim(self) -> int:
        if self.ctx is None or self.ctx.current_claim_id < 0:
            self.show_message("Select a claim first")
            return -1
        return self.ctx.current_claim_id

    def new_claim_from_selection(self) -> None:
        if self.ctx is None or self.reader_panel is None:
            return
        span = self.reader_panel.selected_span()
        if span is None:
            self.show_message("Select the words of the claim in the reader first, then press C")
            return
        self._push(claim_commands.create_claim, self.reader_panel.article_id, *span)

    def edit_claim_text(self) -> None:
        claim_id = self._current_claim()
        if claim_id < 0 or self.ctx is None:
            return
        claim = self.ctx.store.claim(claim_id)
        text, ok = QInputDialog.getMultiLineText(
            self, "Edit Claim Text", f"Standalone wording of the claim.\nQuote: “{' '.join(claim['quote'].split())}”",
            claim["text"])
        if ok and " ".join(text.split()) != " ".join(claim["text"].split()):
            self._push(claim_commands.edit_text, claim_id, text)

    def change_claim_span(self) -> None:
        claim_id = self._current_claim()
        if claim_id < 0 or self.reader_panel is None:
            return
        span = self.reader_panel.selected_span()
        if span is None:
            self.show_message("Select the claim's new words in the reader first")
            return
        self._push(claim_commands.change_span, claim_id, *span)

    def split_claim(self) -> None:
        claim_id = self._current_claim()
        if claim_id < 0 or self.reader_panel is None or self.reader_panel.article is None:
            return
        at = self.reader_panel.cursor_offset()
        if at is None:
            return
        body = self.reader_panel.article["text"]
        while 0 < at < len(body) and body[at - 1].isalnum() and body[at].isalnum():
            at -= 1  # never cut a word in two
        self._push(claim_commands.split_claim, claim_id, at)

    def toggle_claim_kind(self) -> None:
        claim_id = self._current_claim()
        if claim_id >= 0:
            self._push(_core(claims.toggle_claim_kind), claim_id)
            if not self.actions_.show_all_kinds.isChecked():
                self.show_message("Marked as not a claim; View → Show Headlines, Opinion and Boilerplate lists it")

    def merge_claims(self) -> None:
        if self.claims_panel is None:
            return
        self._push(claim_commands.merge_claims, self.claims_panel.selected_claim_ids())

    def delete_claims(self) -> None:
        """Del: the selected claims, or the current article when the articles list has the focus."""
        if self.ctx is None or self.claims_panel is None:
            return
        if self.articles_panel is not None and self.articles_panel.table.hasFocus():
            self.delete_article()
            return
        ids = self.claims_panel.selected_claim_ids() if self.claims_panel.table.hasFocus() else []
        if len(ids) <= 1:
            claim_id = self._current_claim()
            if claim_id >= 0:
                self._delete_and_advance([claim_id])
            return
        self._delete_and_advance(ids)

    def _delete_and_advance(self, ids: list[int]) -> None:
        assert self.ctx is not None and self.claims_panel is not None
        model = self.claims_panel.model
        rows = [model.row_of(i) for i in ids if model.row_of(i) >= 0]
        if not self._push(claim_commands.delete_claims, ids):
            return
        if rows and model.rowCount():
            self.ctx.select_claim(model.claim_id(min(min(rows), model.rowCount() - 1)))

    def delete_article(self) -> None:
        """Delete the current article with its claims, evidence and links (one undoable step)."""
        if self.ctx is None or self.articles_panel is None:
            return
        article_id = self.ctx.current_article_id
        if article_id < 0:
            self.show_message("Select an article first")
            return
        row = self.articles_panel.current_row()
        if self._push(article_commands.delete_article, article_id):
            self.show_message(f"{self.ctx.undo_stack.undoText()} — Undo brings it back with its claims")
            remaining = self.articles_panel.proxy.rowCount()
            if remaining:
                self.articles_panel.select_row(min(max(row, 0), remaining - 1))

    def copy_claims(self) -> None:
        """Selected claims as text an editor can paste: claim, who said it, where, the quote."""
        if self.ctx is None or self.claims_panel is None:
            return
        ids = self.claims_panel.selected_claim_ids() or ([self.ctx.current_claim_id]
                                                          if self.ctx.current_claim_id >= 0 else [])
        blocks = []
        for claim in self.ctx.store.claims_by_ids(ids):
            where = ", ".join(p for p in (claim.get("outlet"), claim.get("published")) if p)
            head = " ".join(claim["text"].split())
            if claim.get("speaker"):
                head += f" — {claim['speaker']}"
            lines = [head, f"[{claim['status']}] {where}".rstrip(), f"“{' '.join(claim['quote'].split())}”"]
            blocks.append("\n".join(lines))
        if blocks:
            QGuiApplication.clipboard().setText("\n\n".join(blocks))
            self.show_message(f"Copied {len(blocks)} claim{'s' if len(blocks) != 1 else ''}")
