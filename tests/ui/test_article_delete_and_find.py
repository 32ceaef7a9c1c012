"""Delete an article from the articles list (one undoable step) and find words in the reader."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.core.store import ClaimFilter, StoreError


def _article_rows(store) -> dict[str, int]:  # noqa: ANN001
    return {"articles": len(store.article_ids()), "claims": store.count_claims(ClaimFilter(kinds=None)),
            "links": len(store.links())}


def test_del_in_the_articles_list_deletes_the_article_and_undo_restores_it(window, qtbot):
    store = window.ctx.store
    panel = window.articles_panel
    panel.select_row(1)
    article_id = window.ctx.current_article_id
    claim_ids = store.query_claim_ids(ClaimFilter(article_id=article_id, kinds=None))
    before = _article_rows(store)
    assert claim_ids and any(article_id in (store.claim(li["claim_a"])["article_id"], store.claim(li["claim_b"])["article_id"])
                             for li in store.links())
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)

    try:
        store.article(article_id)
        raise AssertionError("the article is still in the store")
    except StoreError:
        pass
    after = _article_rows(store)
    assert after["articles"] == before["articles"] - 1
    assert after["claims"] == before["claims"] - len(claim_ids)
    assert after["links"] < before["links"]
    assert window.ctx.undo_stack.count() == 1 and window.ctx.undo_stack.undoText().startswith("Delete article")
    assert panel.model.rowCount() == before["articles"] - 1
    assert window.ctx.current_article_id in store.article_ids()  # the list moved on to another article
    assert window.reader_panel.article_id == window.ctx.current_article_id

    window.ctx.undo_stack.undo()
    assert store.article(article_id)["id"] == article_id
    assert sorted(store.query_claim_ids(ClaimFilter(article_id=article_id, kinds=None))) == sorted(claim_ids)
    assert _article_rows(store) == before
    assert window.ctx.current_article_id == article_id and window.reader_panel.article_id == article_id
    window.ctx.undo_stack.redo()
    assert len(store.article_ids()) == before["articles"] - 1


def test_delete_article_from_the_context_menu_action(window):
    store = window.ctx.store
    first = window.ctx.current_article_id
    window.actions_.delete_article.trigger()
    assert first not in store.article_ids()
    assert window.actions_.delete_article in window.articles_panel._context_actions
    window.ctx.undo_stack.undo()
    assert first in store.article_ids()


def test_del_in_the_claims_table_still_deletes_a_claim(window, qtbot):
    store = window.ctx.store
    articles = len(store.article_ids())
    claim_id = window.ctx.current_claim_id
    window.claims_panel.table.setFocus()
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_Delete)
    assert len(store.article_ids()) == articles
    assert claim_id not in store.query_claim_ids(ClaimFilter(kinds=None))


def test_ctrl_f_in_the_reader_finds_and_highlights_every_match(window, qtbot):
    reader = window.reader_panel
    body = reader.article["text"]
    term = "the"
    expected = body.lower().count(term)
    assert expected >= 3
    claim_highlights = len(reader.text.extraSelections())

    reader.text.setFocus()
    qtbot.keyClick(reader.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert reader.find_bar.isVisible() and reader.find_bar.edit.hasFocus()
    qtbot.keyClicks(reader.find_bar.edit, term)
    bar = reader.find_bar
    assert len(bar.matches) == expected and bar.current == 0
    assert bar.count.text() == f"1 of {expected}"
    assert len(reader.text.extraSelections()) == claim_highlights + expected
    assert reader.text.textCursor().selectedText().lower() == term
    first = reader.text.textCursor().selectionStart()

    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # Enter: the next match
    assert bar.current == 1 and reader.text.textCursor().selectionStart() > first
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)  # F3 as well
    assert bar.current == 2
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == 1
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == 0

    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and bar.matches == []
    assert len(reader.text.extraSelections()) == claim_highlights


def test_ctrl_f_elsewhere_still_filters_the_claims(window, qtbot):
    window.claims_panel.table.setFocus()
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.reader_panel.find_bar.isHidden()


def test_find_bar_follows_the_article_and_reports_no_matches(window, qtbot):
    reader = window.reader_panel
    window.find_in_article()
    qtbot.keyClicks(reader.find_bar.edit, "zzqx")
    assert reader.find_bar.matches == [] and reader.find_bar.count.text() == "No matches"
    reader.find_bar.edit.setText("Kerry")
    window.articles_panel.select_row(2 if "Kerry" not in reader.article["text"] else 0)
    text = reader.article["text"]
    assert len(reader.find_bar.matches) == text.lower().count("kerry")
