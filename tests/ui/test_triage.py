"""Keyboard triage: status and confidence keys, navigation, filter focus, undo/redo by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication


def _table(window):
    return window.claims_panel.table


def _status(window, claim_id: int) -> str:
    return window.ctx.store.claim(claim_id)["status"]


def test_tag_claim_by_keyboard_then_undo_and_redo(window, qtbot):
    table = _table(window)
    table.setFocus()
    first = window.claims_panel.model.claim_id(0)
    window.ctx.select_claim(first)
    qtbot.keyClick(table, Qt.Key.Key_V)
    assert _status(window, first) == "verified"
    # advanced to the next claim of the table
    assert window.ctx.current_claim_id == window.claims_panel.model.claim_id(1)
    qtbot.keyClick(table, Qt.Key.Key_D)
    second = window.claims_panel.model.claim_id(1)
    assert _status(window, second) == "disputed"

    qtbot.keySequence(table, QKeySequence(QKeySequence.StandardKey.Undo))
    assert _status(window, second) == "unverified"
    qtbot.keySequence(table, QKeySequence(QKeySequence.StandardKey.Undo))
    assert _status(window, first) == "unverified"
    qtbot.keySequence(table, QKeySequence(QKeySequence.StandardKey.Redo))
    assert _status(window, first) == "verified"
    # the history records every step
    actions = [h["action"] for h in window.ctx.store.history("claim", first)]
    assert any(a.startswith("undo") for a in actions)


def test_every_status_and_confidence_key(window, qtbot):
    table = _table(window)
    table.setFocus()
    window.triage.advance.setChecked(False)
    claim = window.claims_panel.model.claim_id(0)
    window.ctx.select_claim(claim)
    for key, status in [(Qt.Key.Key_1, "verified"), (Qt.Key.Key_2, "disputed"), (Qt.Key.Key_3, "false"),
                        (Qt.Key.Key_4, "unverifiable"), (Qt.Key.Key_5, "unverified"), (Qt.Key.Key_F, "false"),
                        (Qt.Key.Key_U, "unverifiable"), (Qt.Key.Key_X, "unverified")]:
        qtbot.keyClick(table, key)
        assert _status(window, claim) == status, key
    for key, confidence in [(Qt.Key.Key_H, "high"), (Qt.Key.Key_L, "low"), (Qt.Key.Key_M, "moderate")]:
        qtbot.keyClick(table, key)
        assert window.ctx.store.claim(claim)["confidence"] == confidence
    assert window.ctx.current_claim_id == claim  # advance switched off: stays put


def test_tag_a_whole_article_without_the_mouse(window, qtbot):
    """The practised-analyst path: J/K to move, a status key per claim, N to the next unverified."""
    panel = window.claims_panel
    store = window.ctx.store
    mee = next(a["id"] for a in store.articles(with_text=False) if a["outlet"] == "Middle East Eye")
    window.ctx.select_article(mee)
    table = _table(window)
    table.setFocus()
    ids = list(panel.model.ids())
    assert len(ids) > 20
    assert window.ctx.current_claim_id == ids[0]  # a newly chosen article starts on its first claim
    for _ in ids:
        qtbot.keyClick(table, Qt.Key.Key_V)
    assert {store.claim(i)["status"] for i in ids} == {"verified"}
    qtbot.keyClick(table, Qt.Key.Key_K)
    assert window.ctx.current_claim_id == ids[-2]
    qtbot.keyClick(table, Qt.Key.Key_X)  # back to unverified, advances to the last claim
    qtbot.keyClick(table, Qt.Key.Key_N)
    assert window.ctx.current_claim_id == ids[-2]


def test_filter_keys_type_into_the_filter_not_into_triage(window, qtbot):
    table = _table(window)
    table.setFocus()
    claim = window.claims_panel.model.claim_id(0)
    window.ctx.select_claim(claim)
    qtbot.keyClick(table, Qt.Key.Key_Slash)
    search = window.claims_panel.search
    assert QApplication.focusWidget() is search
    qtbot.keyClicks(search, "vdf")
    assert search.text() == "vdf"
    assert _status(window, claim) == "unverified"
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is table
    qtbot.keySequence(table, QKeySequence(QKeySequence.StandardKey.Find))
    assert QApplication.focusWidget() is search


def test_shortcuts_dialog_lists_the_triage_keys(window):
    from workbench.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window.registered_shortcuts(), window)
    rows = dict(dialog.rows())
    assert "1" in rows["Mark Verified"] and "V" in rows["Mark Verified"]
    assert rows["Next Claim"] == "J"
    assert rows["Next Unverified Claim"] == "N"
    assert "Ctrl+Z" in rows["Undo"]
    assert "Ctrl+F" in rows["Find"]
    assert rows["Quit"] == "Ctrl+Q"
    dialog.deleteLater()


def test_articles_list_share_checked_follows_tagging(window, qtbot):
    from workbench.ui.models.articles_model import CheckedShareRole

    panel = window.articles_panel
    row = panel.model.row_of(window.ctx.current_article_id)
    table = _table(window)
    table.setFocus()
    window.ctx.select_claim(window.claims_panel.model.claim_id(0))
    qtbot.keyClick(table, Qt.Key.Key_V)
    qtbot.keyClick(table, Qt.Key.Key_D)
    claims = window.claims_panel.model.rowCount()
    qtbot.waitUntil(lambda: panel.model.index(row, 0).data(CheckedShareRole) == 2 / claims, timeout=2000)


def test_ctrl_digits_move_the_focus_between_panels(window, qtbot):
    qtbot.keySequence(window, QKeySequence("Ctrl+1"))
    assert QApplication.focusWidget() is window.articles_panel.table
    qtbot.keySequence(window, QKeySequence("Ctrl+2"))
    assert QApplication.focusWidget() is window.reader_panel.text
    qtbot.keySequence(window, QKeySequence("Ctrl+3"))
    assert QApplication.focusWidget() is window.claims_panel.table
    window.claims_dock.hide()
    qtbot.keySequence(window, QKeySequence("Ctrl+3"))
    assert window.claims_dock.isVisible()
    qtbot.keySequence(window, QKeySequence("Ctrl+4"))
    assert window.inspector_panel.isAncestorOf(QApplication.focusWidget()) or \
        QApplication.focusWidget() is window.inspector_panel
