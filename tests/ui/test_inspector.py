"""The inspector: shows the selected claim and turns every edit into one undoable store write."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from conftest_panels import *  # noqa: E402, F403
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog, QLineEdit  # noqa: E402

from workbench.core.actions.facts import notes_of  # noqa: E402
from workbench.ui.views import inspector_evidence, inspector_source  # noqa: E402


def claim(ctx, sample, a=0, c=0):
    return ctx.store.claim(sample["claims"][a][c])


def test_shows_the_selected_claim(ctx, sample, inspector_panel):
    c = claim(ctx, sample)
    assert inspector_panel.stack.currentWidget() is inspector_panel.scroll_area
    assert inspector_panel.text_label.text() == c["text"]
    assert inspector_panel.status_combo.currentData() == "unverified"
    assert inspector_panel.confidence_combo.currentData() is None
    assert "International Organization for Migration" in inspector_panel.speaker_label.text()
    assert "Middle East Eye" in inspector_panel.article_label.text()
    badges = [inspector_panel.badges.itemAt(i).widget().text() for i in range(inspector_panel.badges.count())]
    assert any("500,000" in b for b in badges)
    ctx.select_claim(sample["claims"][0][1])  # hedged "hundreds of soldiers"
    badges = [inspector_panel.badges.itemAt(i).widget().text() for i in range(inspector_panel.badges.count())]
    assert "hedged" in badges
    ctx.select_claim(-1)
    assert inspector_panel.stack.currentWidget() is inspector_panel.empty


def test_status_and_confidence_from_the_keyboard_are_undoable(qtbot, ctx, sample, inspector_panel):
    claim_id = sample["claims"][0][0]
    inspector_panel.status_combo.setFocus()
    qtbot.keyClick(inspector_panel.status_combo, Qt.Key.Key_Down)  # unverified -> verified
    assert ctx.store.claim(claim_id)["status"] == "verified"
    assert inspector_panel.status_chip.text() == "Verified"
    qtbot.keyClick(inspector_panel.confidence_combo, Qt.Key.Key_End)  # -> high
    assert ctx.store.claim(claim_id)["confidence"] == "high"
    assert ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    c = ctx.store.claim(claim_id)
    assert (c["status"], c["confidence"]) == ("unverified", None)
    assert inspector_panel.status_combo.currentData() == "unverified"  # the inspector_panel follows the store
    ctx.undo_stack.redo()
    assert ctx.store.claim(claim_id)["status"] == "verified"
    history = [inspector_panel.history_model.index(r, 1).data() for r in range(inspector_panel.history_model.rowCount())]
    assert any("status: unverified → verified" in h for h in history)


def test_notes_are_one_undo_step_written_on_focus_out(qtbot, ctx, sample, inspector_panel):
    claim_id = sample["claims"][0][0]
    inspector_panel.notes_edit.setFocus()
    qtbot.keyClicks(inspector_panel.notes_edit, "IOM figure")
    assert notes_of(ctx.store, claim_id) == ""  # not per keystroke
    inspector_panel.commit_notes()  # what the debounce timer does after a pause
    qtbot.keyClicks(inspector_panel.notes_edit, "; check UNHCR")
    inspector_panel.status_combo.setFocus()  # focus-out writes the rest
    qtbot.waitUntil(lambda: notes_of(ctx.store, claim_id) == "IOM figure; check UNHCR")
    assert ctx.undo_stack.count() == 1  # the two saves merged into one step
    ctx.undo_stack.undo()
    assert notes_of(ctx.store, claim_id) == ""
    assert inspector_panel.notes_edit.toPlainText() == ""
    ctx.undo_stack.redo()
    assert notes_of(ctx.store, claim_id) == "IOM figure; check UNHCR"


def test_notes_typed_for_one_claim_are_saved_when_another_is_selected(qtbot, ctx, sample, inspector_panel):
    first, second = sample["claims"][0][0], sample["claims"][0][1]
    inspector_panel.notes_edit.setFocus()
    qtbot.keyClicks(inspector_panel.notes_edit, "first claim note")
    ctx.select_claim(second)
    assert notes_of(ctx.store, first) == "first claim note"
    assert notes_of(ctx.store, second) == ""
    assert inspector_panel.notes_edit.toPlainText() == ""


def test_use_speaker_as_source_creates_and_assigns_in_one_step(ctx, sample, inspector_panel):
    claim_id = sample["claims"][0][0]
    assert inspector_panel.use_speaker_button.isEnabled()
    inspector_panel.use_speaker_button.click()
    source = ctx.store.source_by_name("International Organization for Migration")
    assert source is not None and source["kind"] == "person"
    assert ctx.store.claim(claim_id)["source_id"] == source["id"]
    assert inspector_panel.source_editor.combo.currentText() == source["name"]
    assert not inspector_panel.use_speaker_button.isEnabled()  # already the source
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert ctx.store.source_by_name("International Organization for Migration") is None
    assert ctx.store.claim(claim_id)["source_id"] is None
    ctx.undo_stack.redo()
    assert ctx.store.claim(claim_id)["source_id"] == source["id"]  # same row back


def test_pick_an_existing_source_with_completion(qtbot, ctx, sample, inspector_panel):
    sid = ctx.store.add_source("Reuters", "outlet", "B")
    assert inspector_panel.source_editor.combo.findData(sid) >= 0  # the list follows the store
    claim_id = sample["claims"][0][0]
    edit = inspector_panel.source_editor.combo.lineEdit()
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, "reuters")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert ctx.store.claim(claim_id)["source_id"] == sid
    assert ctx.undo_stack.count() == 1  # Enter both activates the combo and returns: one step only
    assert "B — Usually reliable" in inspector_panel.source_editor.details.text()
    # completion matches inside names and ignores case
    completer = inspector_panel.source_editor.completer
    completer.setCompletionPrefix("eute")
    assert completer.currentCompletion() == "Reuters"
    # clearing the field and pressing Enter removes the source
    edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert ctx.store.claim(claim_id)["source_id"] is None
    ctx.undo_stack.undo()
    assert ctx.store.claim(claim_id)["source_id"] == sid


def test_new_source_with_kind_and_reliability(qtbot, ctx, sample, inspector_panel, monkeypatch):
    class FakeDialog(inspector_source.SourceDialog):
        def exec(self) -> int:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData("agency"))
            self.reliability_combo.setCurrentIndex(self.reliability_combo.findData("A"))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(inspector_source, "SourceDialog", FakeDialog)
    claim_id = sample["claims"][0][0]
    edit = inspector_panel.source_editor.combo.lineEdit()
    edit.setFocus()
    qtbot.keyClicks(edit, "UNHCR")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # unknown name: the dialog opens pre-filled
    source = ctx.store.source_by_name("UNHCR")
    assert (source["kind"], source["reliability"]) == ("agency", "A")
    assert ctx.store.claim(claim_id)["source_id"] == source["id"]
    ctx.undo_stack.undo()
    assert ctx.store.source_by_name("UNHCR") is None


def test_corroborating_articles_add_edit_note_remove(qtbot, ctx, sample, inspector_panel, monkeypatch):
    claim_id = sample["claims"][0][0]
    reuters = sample["articles"][1]

    def accept(self) -> int:
        self.article_combo.setCurrentIndex(self.article_combo.findData(reuters))
        self.contradicts.setChecked(True)
        self.note_edit.setText("says half a million")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(inspector_evidence.AddEvidenceDialog, "exec", accept)
    inspector_panel.evidence.add_button.click()
    (row,) = ctx.store.evidence(claim_id)
    assert (row["article_id"], row["stance"], row["note"]) == (reuters, "contradicts", "says half a million")
    assert inspector_panel.evidence.model.rowCount() == 1
    assert "1 against" in inspector_panel.evidence_header.label.text()

    view = inspector_panel.evidence.view
    view.setCurrentIndex(inspector_panel.evidence.model.index(0))
    inspector_panel.evidence.flip_button.click()
    assert ctx.store.evidence(claim_id)[0]["stance"] == "supports"
    monkeypatch.setattr(inspector_evidence.QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("confirms the IOM figure", True)))
    inspector_panel.evidence.note_button.click()
    assert ctx.store.evidence(claim_id)[0]["note"] == "confirms the IOM figure"

    view.setFocus()
    view.setCurrentIndex(inspector_panel.evidence.model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert ctx.store.evidence(claim_id) == []
    ctx.undo_stack.undo()  # remove
    assert ctx.store.evidence(claim_id)[0]["id"] == row["id"]
    ctx.undo_stack.undo()  # note
    ctx.undo_stack.undo()  # flip
    restored = ctx.store.evidence(claim_id)[0]
    assert (restored["stance"], restored["note"]) == ("contradicts", "says half a million")
    ctx.undo_stack.undo()  # add
    assert ctx.store.evidence(claim_id) == []
    assert inspector_panel.evidence.model.rowCount() == 0


def test_edit_claim_text(ctx, sample, inspector_panel, monkeypatch):
    from workbench.ui.views import inspector

    monkeypatch.setattr(inspector.QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("About 500,000 people fled Mosul.", True)))
    inspector_panel.edit_text_button.click()
    assert ctx.store.claim(sample["claims"][0][0])["text"] == "About 500,000 people fled Mosul."
    assert inspector_panel.text_label.text() == "About 500,000 people fled Mosul."
    ctx.undo_stack.undo()
    assert ctx.store.claim(sample["claims"][0][0])["text"] == "Some 500,000 people have fled their homes in Mosul"


def test_controls_are_reachable_by_keyboard(inspector_panel):
    for widget in (inspector_panel.status_combo, inspector_panel.confidence_combo, inspector_panel.source_editor.combo,
                   inspector_panel.use_speaker_button, inspector_panel.evidence.add_button, inspector_panel.notes_edit):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    # mnemonics: Alt+S / Alt+C / Alt+O jump to status, confidence, source
    buddies = [w for w in inspector_panel.findChildren(type(inspector_panel.empty)) if w.buddy() is not None]
    assert {b.buddy() for b in buddies} >= {inspector_panel.status_combo, inspector_panel.confidence_combo,
                                            inspector_panel.source_editor.combo}
    assert isinstance(inspector_panel.source_editor.combo.lineEdit(), QLineEdit)


def test_history_lines_read_as_sentences():
    from workbench.ui.views.inspector_history import describe

    assert describe({"action": "Mark claim 3 verified", "entity": "claim", "field": "status",
                     "old": "unverified", "new": "verified"}) == "status: unverified → verified"
    assert describe({"action": "undo Mark claim 3 verified", "entity": "claim", "field": "status",
                     "old": "verified", "new": "unverified"}) == "status: verified → unverified (undo)"
    assert describe({"action": "Set source of claim 3 to UNHCR", "entity": "claim", "field": "source_id", "old": None,
                     "new": "4"}, source_names={4: "UNHCR"}) == "source: — → UNHCR"
    assert describe({"action": "Add supporting evidence to claim 3", "entity": "claim", "field": "evidence",
                     "old": None, "new": "supports article 2: same figure"}, article_titles={2: "Iraq crisis"}) == (
        "Add supporting evidence to claim 3: Iraq crisis — same figure")
    assert describe({"action": "Confirm duplicate between claims 3 and 7", "entity": "link", "field": "state",
                     "old": "suggested", "new": "confirmed"}) == (
        "Confirm duplicate between claims 3 and 7: suggested → confirmed")
