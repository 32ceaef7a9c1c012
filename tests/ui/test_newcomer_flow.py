"""The issue's "Done when", end to end: a newcomer on the bundled sample project.

Open an article, see its claims highlighted, mark one verified and one disputed, attach a
corroborating article, confirm a duplicate from another outlet, undo, quit — then reopen the
project file with a fresh Store and find everything there (and the undone action undone).

Everything goes through the real MainWindow and the user's means: clicks on the articles list,
the reader's highlights, the claims table, the inspector's Status box and "Add article…" button,
the similar-claims card buttons, the status keys, Ctrl+Z and the Quit shortcut.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWidgets")

from panel_clicks import click_card_button  # noqa: E402
from PySide6.QtCore import QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QDialog  # noqa: E402

from workbench.core.store import Store  # noqa: E402


def _click(qtbot, widget, pos: QPoint, button=Qt.MouseButton.LeftButton) -> None:  # noqa: ANN001
    qtbot.mouseClick(widget, button, pos=pos)


def _pick_article(path: Path) -> tuple[int, int, int, dict[str, Any]]:
    """An article (not the first) with a claim that has a suggested duplicate in another outlet.

    Returns (article id, claim with the duplicate, another claim, the duplicate's row).
    """
    with Store.open(path) as store:
        for article_id in store.article_ids()[1:]:
            outlet = store.article(article_id).get("outlet")
            claims = [c for c in store.claims() if c["article_id"] == article_id]
            for claim in claims:
                if claim["derived_from"] is not None:
                    continue  # a derived core: the claims table lists top-level claims only
                for row in store.similar_claims(claim["id"]):
                    if (row["relation"] == "duplicate" and row["state"] == "suggested"
                            and row.get("outlet") and row.get("outlet") != outlet and len(claims) >= 4):
                        other = next(c["id"] for c in claims if c["id"] != claim["id"])
                        return article_id, claim["id"], other, row
    raise AssertionError("the sample project has no suggested duplicate across outlets")


def _table_click(qtbot, win, claim_id: int) -> None:  # noqa: ANN001
    panel = win.claims_panel
    row = panel.model.row_of(claim_id)
    assert row >= 0, f"claim {claim_id} not in the table"
    index = panel.model.index(row, 1)
    panel.table.scrollTo(index)
    _click(qtbot, panel.table.viewport(), panel.table.visualRect(index).center())
    qtbot.waitUntil(lambda: win.ctx.current_claim_id == claim_id, timeout=30_000)


def test_newcomer_tags_links_undoes_quits_and_finds_it_all_on_reopening(qtbot, monkeypatch):  # noqa: PLR0915
    from workbench.ui.app import create_application, default_project
    from workbench.ui.main_window import MainWindow

    # -- the README's run command: the window on the bundled sample project -----------------------
    app = create_application()
    path = default_project()  # a fresh WORKBENCH_HOME: the sample project, built from workbench/resources/samples
    article_id, dup_claim, other_claim, dup_row = _pick_article(path)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_project(path)
    with qtbot.waitActive(win):
        win.activateWindow()
    ctx = win.ctx

    # -- open an article: click it in the articles list --------------------------------------------
    articles = win.articles_panel
    index = articles.proxy.mapFromSource(articles.model.index(articles.model.row_of(article_id), 0))
    articles.table.scrollTo(index)
    _click(qtbot, articles.table.viewport(), articles.table.visualRect(index).center())
    qtbot.waitUntil(lambda: ctx.current_article_id == article_id, timeout=30_000)
    qtbot.waitUntil(lambda: not win.claims_panel.model.querying, timeout=30_000)
    reader = win.reader_panel
    with Store.open(path) as store:
        title = store.article(article_id)["title"]
    assert reader.article_id == article_id
    assert title.split()[0] in reader.title.text()

    # -- its claims are highlighted, each in its status colour -------------------------------------
    claims_shown = [c for c in reader.claims if c["kind"] in ("claim", "manual")]
    # (the table lists top-level claims; a derived core is highlighted inside its claim in the reader)
    assert claims_shown and win.claims_panel.model.rowCount() == sum(c["derived_from"] is None for c in claims_shown)
    highlighted = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in reader.text.extraSelections()
                   if s.format.background().color().alpha() > 0}
    for c in claims_shown:
        assert (reader._offsets.to_doc(c["start"]), reader._offsets.to_doc(c["end"])) in highlighted

    # -- mark one verified: click its highlight, pick "Verified" in the inspector's Status box ------
    claim = next(c for c in reader.claims if c["id"] == dup_claim)
    # a spot of its span that no shorter (nested) claim covers, as a reader would click
    length = claim["end"] - claim["start"]
    spot = next((o for o in range(claim["start"], claim["end"])
                 if all(not (c["start"] <= o < c["end"]) or c["end"] - c["start"] >= length
                        for c in reader.claims if c["id"] != dup_claim)), claim["start"] + 2)
    doc_pos = reader._offsets.to_doc(spot)
    cursor = QTextCursor(reader.text.document())
    cursor.setPosition(doc_pos)
    reader.text.ensureCursorVisible()
    reader.text.setTextCursor(cursor)
    reader.text.ensureCursorVisible()
    rect = reader.text.cursorRect(cursor)
    reader.text.setTextCursor(QTextCursor(reader.text.document()))  # no selection, as after a plain click
    _click(qtbot, reader.text.viewport(), rect.center())
    qtbot.waitUntil(lambda: ctx.current_claim_id == dup_claim, timeout=30_000)
    inspector = win.inspector_panel
    combo: QComboBox = inspector.status_combo
    assert combo.isVisible() and combo.isEnabled()
    _click(qtbot, combo, combo.rect().center())
    popup_view = combo.view()
    qtbot.waitUntil(popup_view.isVisible, timeout=30_000)
    target = combo.findData("verified")
    for _ in range(combo.count()):  # arrow down to "Verified" in the open list, Enter picks it
        if popup_view.currentIndex().row() == target:
            break
        qtbot.keyClick(popup_view, Qt.Key.Key_Down)
    qtbot.keyClick(popup_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.store.claim(dup_claim)["status"] == "verified", timeout=30_000)
    assert win.claims_panel.model.claim(win.claims_panel.model.row_of(dup_claim))["status"] == "verified"

    # -- mark another disputed: click its row in the claims table, press D -------------------------
    _table_click(qtbot, win, other_claim)
    qtbot.keyClick(win.claims_panel.table, Qt.Key.Key_D)
    assert ctx.store.claim(other_claim)["status"] == "disputed"

    # -- attach a corroborating article: inspector → "Add article…" --------------------------------
    _table_click(qtbot, win, dup_claim)
    evidence_article = dup_row["article_id"]
    answered: list[bool] = []

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, fill_dialog)
            return
        box = dialog.article_combo
        box.setCurrentIndex(box.findData(evidence_article))
        qtbot.keyClicks(dialog.note_edit, "Same figure, other outlet")
        _click(qtbot, dialog.ok_button, dialog.ok_button.rect().center())
        answered.append(True)

    QTimer.singleShot(0, fill_dialog)
    button = inspector.evidence.add_button
    assert button.isVisible() and button.isEnabled() and "article" in button.text().lower()
    _click(qtbot, button, button.rect().center())
    assert answered
    if QApplication.activeWindow() is not win:  # offscreen has no window manager to hand activation back
        with qtbot.waitActive(win):
            win.activateWindow()
    evidence = ctx.store.evidence(dup_claim)
    assert [(e["article_id"], e["stance"], e["note"]) for e in evidence] == [
        (evidence_article, "supports", "Same figure, other outlet")]

    # -- confirm the duplicate from another outlet: one click on the card's Confirm ------------------
    panel = win.similar_panel
    qtbot.waitUntil(lambda: panel.model.row_of_link(dup_row["link_id"]) >= 0, timeout=30_000)
    card = panel.model.row_of_link(dup_row["link_id"])
    assert panel.model.rows[card]["outlet"] != ctx.store.article(article_id).get("outlet")
    click_card_button(qtbot, panel, card, "confirm")
    assert ctx.store.link(dup_row["link_id"])["state"] == "confirmed"

    # -- a slip (mark a claim false) and Ctrl+Z -----------------------------------------------------
    _table_click(qtbot, win, other_claim)
    qtbot.keyClick(win.claims_panel.table, Qt.Key.Key_F)
    assert ctx.store.claim(other_claim)["status"] == "false"
    win.claims_panel.table.setFocus()
    qtbot.keyClick(win.claims_panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.claim(other_claim)["status"] == "disputed"
    assert win.windowTitle().endswith("Claim Workbench") and "*" not in win.windowTitle()

    # -- quit with the Quit shortcut ----------------------------------------------------------------
    quit_keys = win.actions_.quit.shortcut()
    assert not quit_keys.isEmpty()
    qtbot.keyClick(win.claims_panel.table, quit_keys[0].key(), quit_keys[0].keyboardModifiers())
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=30_000)
    assert win.ctx is None  # the project is closed
    app.processEvents()

    # -- reopen: everything is there ----------------------------------------------------------------
    with Store.open(path) as store:
        assert store.claim(dup_claim)["status"] == "verified"
        assert store.claim(other_claim)["status"] == "disputed"  # the slip was undone
        assert [(e["article_id"], e["stance"], e["note"]) for e in store.evidence(dup_claim)] == [
            (evidence_article, "supports", "Same figure, other outlet")]
        link = store.link(dup_row["link_id"])
        assert (link["state"], link["relation"]) == ("confirmed", "duplicate")
        # newest first: the slip and its undo, then every step the newcomer took (a verdict goes to
        # the claim's fact: one label on the fact's row and each claim's, naming the fact when shared)
        actions = list(dict.fromkeys(re.sub(r" \(fact \d+, \d+ claims\)$", "", h["action"])
                                     for h in store.history(limit=50)))
        assert actions[:6] == [f"undo Mark claim {other_claim} false", f"Mark claim {other_claim} false",
                               f"Confirm duplicate between claims {link['claim_a']} and {link['claim_b']}",
                               f"Add supporting evidence to claim {dup_claim}", f"Mark claim {other_claim} disputed",
                               f"Mark claim {dup_claim} verified"]
        other_history = [h["action"] for h in store.history("claim", other_claim)]
        assert other_history[0].startswith("undo ")
