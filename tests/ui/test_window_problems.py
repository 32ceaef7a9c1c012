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


def test_the_import_summary_stays_readable(window, qtbot, tmp_path):
    first_text = window.ctx.store.article(window.ctx.current_article_id)["text"]
    again = tmp_path / "again.txt"
    again.write_text(first_text, encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text("The army said 40 soldiers were killed near the border crossing on Tuesday, officials said.\n\n"
                   "Aid agencies said 2,000 families had fled the town since the fighting began.\n", encoding="utf-8")
    controller = window.import_controller
    controller.show_errors = False
    with qtbot.waitSignal(controller.importFinished, timeout=60_000):
        controller.import_files([again, new])
    assert "already in the project" in window.statusBar().currentMessage()
    qtbot.wait(1500)  # what followed the import (reload, reselection, counts) must not replace it
    assert "already in the project" in window.statusBar().currentMessage()


def test_claim_position_is_right_after_undoing_a_split(window, qtbot):
    from PySide6.QtGui import QKeySequence, QTextCursor

    ctx, store, panel = window.ctx, window.ctx.store, window.claims_panel
    claim = next(c for c in store.claims() if "Tal Afar" in c["quote"])
    ctx.select_claim(claim["id"])
    at = store.article(claim["article_id"])["text"].index("while also storming")
    cursor = QTextCursor(window.reader_panel.text.document())
    cursor.setPosition(at)
    window.reader_panel.text.setTextCursor(cursor)
    qtbot.keySequence(window, QKeySequence("Ctrl+Shift+X"))
    rows_after_split = panel.model.rowCount()
    window.clear_message()
    window._show_position(ctx.current_claim_id)  # what the status bar says while the analyst works
    assert window.statusBar().currentMessage().endswith(f"of {rows_after_split} in the table")
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.model.rowCount() == rows_after_split - 1)
    shown = window.statusBar().currentMessage()
    row = panel.model.row_of(ctx.current_claim_id)
    assert row >= 0
    assert shown == f"Claim {row + 1} of {panel.model.rowCount():,} in the table"


def test_sigterm_while_the_cannot_open_dialog_is_up_ends_the_process(tmp_path):
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    from pathlib import Path

    bad = tmp_path / "bad.db"
    conn = sqlite3.connect(bad)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root), "WORKBENCH_HOME": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "workbench", "gui", str(bad)], stderr=subprocess.PIPE, text=True,
                            env=env)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()  # said just before the dialog opens
        while line and "cannot open" not in line:
            line = proc.stderr.readline()
        assert "cannot open" in line and "not a Claim Workbench project" in line
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) is not None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
            raise AssertionError("the window ignored SIGTERM while its error dialog was up")


def test_side_panels_get_their_share_back_after_shrink_and_enlarge(window, qtbot):
    window.resize(1480, 920)
    qtbot.wait(300)
    window.reset_layout()
    qtbot.waitUntil(lambda: window.articles_dock.width() > 250)
    before = {d.objectName(): (d.width(), d.height()) for d in (window.articles_dock, window.inspector_dock,
                                                                 window.claims_dock)}
    window.resize(640, 480)
    qtbot.wait(300)
    window.resize(1480, 920)

    def restored() -> bool:
        return (abs(window.articles_dock.width() - before["ArticlesDock"][0]) <= 0.1 * before["ArticlesDock"][0]
                and abs(window.inspector_dock.width() - before["InspectorDock"][0]) <= 0.1 * before["InspectorDock"][0]
                and abs(window.claims_dock.height() - before["ClaimsDock"][1]) <= 0.15 * before["ClaimsDock"][1])

    qtbot.waitUntil(restored, timeout=5000)


def test_switching_article_moves_inspector_and_similar_panel_to_that_article(window, qtbot):
    ctx = window.ctx
    old_claim = ctx.current_claim_id
    old_article = ctx.store.claim(old_claim)["article_id"]
    row = next(r for r in range(window.articles_panel.model.rowCount())
               if window.articles_panel.model.article_id(r) != old_article)
    new_article = window.articles_panel.model.article_id(row)
    window.articles_panel.select_row(row)
    qtbot.waitUntil(lambda: ctx.current_article_id == new_article)
    for panel in (window.inspector_panel, window.similar_panel):
        assert panel.claim_id != old_claim
        assert panel.claim_id == ctx.current_claim_id
    assert ctx.store.claim(ctx.current_claim_id)["article_id"] == new_article
    qtbot.waitUntil(lambda: window.claims_panel.table.currentIndex().row() >= 0)
    assert window.claims_panel.model.claim_id(window.claims_panel.table.currentIndex().row()) == ctx.current_claim_id


def test_the_inspector_starts_at_the_top_for_each_claim(window, qtbot):
    window.resize(1024, 600)
    qtbot.wait(300)
    scroll = window.inspector_panel.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    scroll.setValue(scroll.maximum())
    window.triage.move(1)
    assert scroll.value() == 0


def test_at_1024_by_700_the_claim_and_the_speaker_stay_readable(window, qtbot):
    from workbench.ui.models.claims_model import COLUMN_INDEX

    window.resize(1024, 700)
    store = window.ctx.store
    claim = max(store.claims(), key=lambda c: len(c["speaker"] or ""))
    assert len((claim["speaker"] or "").split()) >= 4
    window.ctx.select_claim(claim["id"])
    table = window.claims_panel.table

    def fitted() -> bool:
        return table.columnWidth(COLUMN_INDEX["text"]) >= 0.35 * table.viewport().width()

    qtbot.waitUntil(fitted, timeout=5000)
    label = window.inspector_panel.speaker_label
    lines = label.height() / label.fontMetrics().lineSpacing()
    assert lines < len(claim["speaker"].split()) - 1, "the speaker wraps a word per line"
    button = window.inspector_panel.use_speaker_button
    assert button.isVisible() and button.width() >= button.sizeHint().width()  # not cut
    window.resize(1480, 920)
    qtbot.waitUntil(lambda: table.columnWidth(COLUMN_INDEX["speaker"]) > 100, timeout=5000)  # room again: back


def test_after_reopening_a_change_in_the_history_can_be_reverted(window, qtbot, project_path):
    claim_id = window.ctx.current_claim_id
    window.ctx.select_claim(claim_id)
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_F)  # mark false (advances)
    assert window.ctx.store.claim(claim_id)["status"] == "false"
    window.close_project()
    assert window.open_project(project_path)
    window.ctx.select_claim(claim_id)
    assert window.ctx.undo_stack.count() == 0  # the undo stack is the session's
    inspector = window.inspector_panel
    row = next(r for r, h in enumerate(inspector.history_model.rows) if h["field"] == "status" and h["new"] == "false")
    assert inspector.revert_history_row(row)
    assert window.ctx.store.claim(claim_id)["status"] == "unverified"
    window.ctx.undo_stack.undo()  # the revert is itself one undo step
    assert window.ctx.store.claim(claim_id)["status"] == "false"
    window.ctx.store.update_claim(claim_id, status="verified")
    inspector.refresh()
    row = next(r for r, h in enumerate(inspector.history_model.rows) if h["field"] == "status" and h["new"] == "false")
    assert not inspector.revert_history_row(row)  # changed again since: refused, nothing written
    assert window.ctx.store.claim(claim_id)["status"] == "verified"
