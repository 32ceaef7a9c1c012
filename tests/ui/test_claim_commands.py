"""Hand edits of claims through the window: create from a reader selection, edit, span, split,
merge, delete — each undoable and redoable, each checked against what the store holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor

from workbench.core.actions import claims
from workbench.core.store import ClaimFilter, StoreError
from workbench.ui.commands import claim_commands as cc
from workbench.ui.commands.base import perform


def _mee(window) -> int:
    store = window.ctx.store
    article_id = next(a["id"] for a in store.articles(with_text=False) if a["outlet"] == "Middle East Eye")
    window.ctx.select_article(article_id)
    return article_id


def _select_in_reader(window, start: int, end: int) -> None:
    text = window.reader_panel.text
    cursor = QTextCursor(text.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    text.setFocus()


def test_create_claim_from_reader_selection_with_undo_redo(window, qtbot):
    store = window.ctx.store
    article_id = _mee(window)
    body = store.article(article_id)["text"]
    words = "Kurdish security forces from the country's autonomous northern region"
    start = body.index(words)
    _select_in_reader(window, start - 1, start + len(words) + 1)  # sloppy selection: spaces trimmed
    before = store.count_claims(ClaimFilter(article_id=article_id))
    qtbot.keyClick(window.reader_panel.text, Qt.Key.Key_C)
    claims = store.claims(ClaimFilter(article_id=article_id, kinds=["manual"]))
    assert len(claims) == 1
    claim = claims[0]
    assert claim["quote"] == words and (claim["start"], claim["end"]) == (start, start + len(words))
    assert window.ctx.current_claim_id == claim["id"]
    assert window.claims_panel.model.row_of(claim["id"]) >= 0  # the table shows it at once

    window.ctx.undo_stack.undo()
    assert store.count_claims(ClaimFilter(article_id=article_id)) == before
    window.ctx.undo_stack.redo()
    assert store.claim(claim["id"])["quote"] == words  # same id comes back


def test_new_claim_needs_a_selection(window):
    _mee(window)
    window.reader_panel.text.moveCursor(QTextCursor.MoveOperation.Start)
    count = window.ctx.undo_stack.count()
    window.actions_.new_claim.trigger()
    assert window.ctx.undo_stack.count() == count
    assert "Select" in window.statusBar().currentMessage()


def test_edit_text_and_change_span(window):
    ctx = window.ctx
    store = ctx.store
    article_id = _mee(window)
    claim = store.claims(ClaimFilter(article_id=article_id))[1]
    perform(ctx, claims.edit_text, claim["id"], "  The al-Waleed crossing  fell to Sunni militants on Sunday. ")
    assert store.claim(claim["id"])["text"] == "The al-Waleed crossing fell to Sunni militants on Sunday."

    body = store.article(article_id)["text"]
    new_start = body.index("The al-Waleed border crossing fell")
    new_end = body.index("on Sunday", new_start) + len("on Sunday")
    _select_in_reader(window, new_start, new_end)
    ctx.select_claim(claim["id"])
    window.actions_.change_span.trigger()
    changed = store.claim(claim["id"])
    assert changed["quote"] == body[new_start:new_end]
    ctx.undo_stack.undo()
    assert store.claim(claim["id"])["quote"] == claim["quote"]
    ctx.undo_stack.undo()
    assert store.claim(claim["id"])["text"] == claim["text"]
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert store.claim(claim["id"])["quote"] == body[new_start:new_end]
    count = ctx.undo_stack.count()
    with pytest.raises(StoreError):
        perform(ctx, claims.edit_text, claim["id"], "   ")
    assert ctx.undo_stack.count() == count  # a refused action pushes nothing


def test_split_at_cursor_then_merge_back(window, qtbot):
    ctx = window.ctx
    store = ctx.store
    article_id = _mee(window)
    body = store.article(article_id)["text"]
    claim = next(c for c in store.claims(ClaimFilter(article_id=article_id)) if "Tal Afar" in c["quote"])
    ctx.select_claim(claim["id"])
    perform(ctx, claims.set_status, claim["id"], "disputed")
    at = body.index("while also storming")
    cursor = QTextCursor(window.reader_panel.text.document())
    cursor.setPosition(at + 3)  # inside "while": the split snaps to the word start
    window.reader_panel.text.setTextCursor(cursor)
    qtbot.keySequence(window, QKeySequence("Ctrl+Shift+X"))

    first = store.claim(claim["id"])
    assert first["end"] <= at and first["quote"].endswith("said")
    second = next(c for c in store.claims(ClaimFilter(article_id=article_id)) if c["start"] == at)
    assert second["quote"].startswith("while also storming") and second["end"] == claim["end"]
    assert second["status"] == "disputed" and second["text"][0].isupper()

    ctx.undo_stack.undo()
    assert store.claim(claim["id"])["end"] == claim["end"]
    assert not [c for c in store.claims(ClaimFilter(article_id=article_id)) if c["start"] == at]
    ctx.undo_stack.redo()
    assert store.claim(second["id"])["start"] == at  # same id again

    # merge the two halves from a table selection
    panel = window.claims_panel
    panel.table.clearSelection()
    for cid in (claim["id"], second["id"]):
        panel.table.selectionModel().select(
            panel.model.index(panel.model.row_of(cid), 0),
            panel.table.selectionModel().SelectionFlag.Select | panel.table.selectionModel().SelectionFlag.Rows)
    window.actions_.merge_claims.trigger()
    merged = store.claim(claim["id"])
    assert (merged["start"], merged["end"]) == (claim["start"], claim["end"])
    with pytest.raises(StoreError):
        store.claim(second["id"])
    ctx.undo_stack.undo()
    assert store.claim(second["id"])["start"] == at
    assert store.claim(claim["id"])["end"] == first["end"]


def test_merge_refuses_claims_of_different_articles(window):
    ctx = window.ctx
    ids = [c["id"] for c in ctx.store.claims()]
    a = ids[0]
    b = next(c["id"] for c in ctx.store.claims() if c["article_id"] != ctx.store.claim(a)["article_id"])
    with pytest.raises(StoreError, match="same article"):
        cc.merge_claims(ctx, [a, b])
    with pytest.raises(StoreError):
        cc.merge_claims(ctx, [a])


def test_delete_keeps_links_and_evidence_for_undo(window, qtbot):
    ctx = window.ctx
    store = ctx.store
    linked = next(c for c in store.claims() if c["duplicates"])
    other_article = next(a["id"] for a in store.articles(with_text=False) if a["id"] != linked["article_id"])
    store.add_evidence(linked["id"], other_article, "supports", "same figure")
    ctx.select_claim(linked["id"])
    table = window.claims_panel.table
    table.setFocus()
    before = store.table_counts()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    with pytest.raises(StoreError):
        store.claim(linked["id"])
    assert store.table_counts()["links"] == before["links"] - 1
    assert store.table_counts()["evidence"] == before["evidence"] - 1
    ctx.undo_stack.undo()
    assert store.claim(linked["id"])["duplicates"] == 1
    assert store.evidence(linked["id"])[0]["note"] == "same figure"
    ctx.undo_stack.redo()
    with pytest.raises(StoreError):
        store.claim(linked["id"])


def test_delete_several_claims_is_one_undo_step(window, qtbot):
    ctx = window.ctx
    store = ctx.store
    _mee(window)
    panel = window.claims_panel
    ids = panel.model.ids()[:3]
    ctx.select_claim(ids[0])
    selection = panel.table.selectionModel()
    for cid in ids:
        selection.select(panel.model.index(panel.model.row_of(cid), 0),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert not store.claims_by_ids(ids)
    ctx.undo_stack.undo()
    assert [c["id"] for c in store.claims_by_ids(ids)] == ids


def test_not_a_claim_hides_it_and_the_view_option_shows_it_again(window, qtbot):
    ctx = window.ctx
    store = ctx.store
    article_id = _mee(window)
    panel = window.claims_panel
    claim_id = panel.model.claim_id(2)
    shown = panel.model.rowCount()
    ctx.select_claim(claim_id)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_O)
    assert store.claim(claim_id)["kind"] == "opinion"
    assert panel.model.rowCount() == shown - 1
    assert claim_id not in {c["id"] for c in window.reader_panel.claims}
    window.actions_.show_all_kinds.trigger()
    assert panel.model.rowCount() == shown
    assert claim_id in {c["id"] for c in window.reader_panel.claims}
    ctx.undo_stack.undo()
    assert store.claim(claim_id)["kind"] == "claim"
    assert store.count_claims(ClaimFilter(article_id=article_id)) == shown


def test_derived_claims_are_hidden_until_the_view_option_lists_them_under_their_claim(window):
    from workbench.core.extract.extractor import extract_claims
    from workbench.core.model import ImportedArticle

    store = window.ctx.store
    body = "Flood waters damaged two bridges near the dam on Sunday, officials said. Kerry visited Baghdad."
    article_id = store.add_article(ImportedArticle(text=body, title="Floods", content_hash="floods"),
                                   extract_claims(body))
    window.ctx.select_article(article_id)
    panel = window.claims_panel
    top = store.count_claims(ClaimFilter(article_id=article_id, derived=False))
    every = store.count_claims(ClaimFilter(article_id=article_id))
    assert every > top  # extraction derived some cores
    assert panel.model.rowCount() == top
    window.actions_.show_derived.trigger()
    assert panel.model.rowCount() == every
    shown = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    ids = [panel.model.claim_id(r) for r in range(panel.model.rowCount())]
    for row, claim_id in enumerate(ids):
        parent = store.claim(claim_id)["derived_from"]
        if parent is not None:
            assert ids[row - 1] == parent or store.claim(ids[row - 1])["derived_from"] == parent
    texts = [panel.model.data(panel.model.index(r, 1)) for r in range(panel.model.rowCount())]
    assert any(t.lstrip().startswith("↳") for t in texts), (shown, texts)
    core = next(i for i in ids if store.claim(i)["derived_from"] is not None)
    window.ctx.select_claim(core)
    assert f"core of claim {store.claim(core)['derived_from']}" in window.inspector_panel.id_label.text()
    window.actions_.show_derived.trigger()
    assert panel.model.rowCount() == top
    # the article list counts the article's own claims, the status bar the derived ones apart
    from workbench.ui.models.articles_model import COLUMNS

    articles = window.articles_panel.model
    articles.reload()
    column = [key for key, _ in COLUMNS].index("claims")
    assert articles.data(articles.index(articles.row_of(article_id), column)) == str(top)
    window._update_stats()
    assert f"(+{every - top} derived)" in window.stats.text()
