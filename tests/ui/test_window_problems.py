"""Issue 14's window problems, each reproduced as a new user met it (each test failed before its fix)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    table.scrollTo(table.model().index(row, 1))
    rect = table.visualRect(table.model().index(row, 1))
    assert rect.isValid(), f"row {row} is not on screen"
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_ctrl_click_adds_to_the_selection(window, qtbot):
    table = window.claims_panel.table
    _click_row(qtbot, table, 0)
    _click_row(qtbot, table, 2, Qt.KeyboardModifier.ControlModifier)
    _click_row(qtbot, table, 1, Qt.KeyboardModifier.ControlModifier)
    rows = sorted(i.row() for i in table.selectionModel().selectedRows())
    assert rows == [0, 1, 2]
    _click_row(qtbot, table, 2, Qt.KeyboardModifier.ControlModifier)  # a second Ctrl+click takes it out
    assert sorted(i.row() for i in table.selectionModel().selectedRows()) == [0, 1]
    _click_row(qtbot, table, 2)  # a plain click selects just that row
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
    assert window.ctx.current_claim_id == window.claims_panel.model.claim_id(2)


def test_status_then_confidence_rates_the_claim_just_tagged(window, qtbot):
    table = window.claims_panel.table
    table.setFocus()
    assert window.triage.advance.isChecked()  # the default
    first, second = window.claims_panel.model.claim_id(0), window.claims_panel.model.claim_id(1)
    window.ctx.select_claim(first)
    qtbot.keyClick(table, Qt.Key.Key_V)
    qtbot.keyClick(table, Qt.Key.Key_H)
    store = window.ctx.store
    assert (store.claim(first)["status"], store.claim(first)["confidence"]) == ("verified", "high")
    assert store.claim(second)["confidence"] is None
    assert window.ctx.current_claim_id == second
    qtbot.keyClick(table, Qt.Key.Key_L)  # a second confidence key: now for the claim shown
    assert store.claim(second)["confidence"] == "low"
    assert store.claim(first)["confidence"] == "high"
