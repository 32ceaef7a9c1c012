"""The similar-claims panel: what it shows for the selected claim, and how it follows the store."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from conftest_panels import *  # noqa: E402, F403
from panel_clicks import click_card_button, row_of_link  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from workbench.ui.views.similar_claims import RowRole, SimilarClaimsPanel, compare_figures  # noqa: E402


@pytest.fixture
def panel(qtbot, ctx):
    widget = SimilarClaimsPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(360, 700)
    widget.show()
    yield widget
    widget.close()  # before the project closes: late focus-out must not reach a closed store


def test_empty_until_a_claim_is_selected(ctx, panel):
    assert panel.model.rowCount() == 0
    assert "Select a claim" in panel.view.placeholder


def test_rows_for_the_selected_claim_best_first(ctx, sample, panel):
    ctx.select_claim(sample["claims"][0][2])  # "300 military advisers" (MEE)
    rows = [panel.model.index(r).data(RowRole) for r in range(panel.model.rowCount())]
    assert [r["link_id"] for r in rows] == [sample["links"]["advisers"], sample["links"]["advisers_conflict"]]
    dup, conflict = rows
    assert (dup["relation"], dup["state"], dup["outlet"]) == ("duplicate", "confirmed", "Reuters")
    assert (conflict["relation"], conflict["state"], conflict["outlet"]) == ("conflict", "suggested", "Al Jazeera")
    assert conflict["published"] == "2014-06-13" and conflict["score"] == 81.0
    assert panel.summary.text() == "1 duplicate, 1 conflict"
    # figures side by side: 300 vs 3,000 differ, 300 vs 300 agree
    assert [(f.this, f.other, f.ok) for f in conflict["figures"]] == [
        ("300 military advisers", "3,000 military advisers", False)]
    assert [(f.this, f.other, f.ok) for f in dup["figures"]] == [("300 military advisers", "300 advisors", True)]


def test_vague_magnitudes_that_disagree_are_highlighted():
    hundreds = [{"text": "hundreds of soldiers", "value": None, "low": 200, "high": 999, "counted": "soldiers"}]
    dozens = [{"text": "Dozens of soldiers", "value": None, "low": 24, "high": 99, "counted": "soldiers"}]
    (row,) = compare_figures(hundreds, dozens)
    assert not row.ok
    (same,) = compare_figures(hundreds, [{"text": "several hundred soldiers", "low": 300, "high": 900}])
    assert same.ok


def test_follows_the_store_and_opens_the_other_claim(qtbot, ctx, sample, panel):
    ctx.select_claim(sample["claims"][0][0])
    row = row_of_link(panel, sample["links"]["fled"])
    assert panel.model.rows[row]["state"] == "suggested"
    ctx.store.set_link_state(sample["links"]["fled"], "rejected")  # from anywhere: the panel refreshes
    assert panel.model.rows[row_of_link(panel, sample["links"]["fled"])]["state"] == "rejected"
    assert panel.summary.text() == "No similar claims"  # rejected links do not count
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert ctx.current_claim_id == sample["claims"][1][1]  # Reuters' "Half a million Iraqis..."
    assert panel.model.rows[0]["claim_id"] == sample["claims"][0][0]  # and the panel shows its links


def test_card_buttons_reflect_what_is_decided(qtbot, ctx, sample, panel):
    ctx.select_claim(sample["claims"][0][2])
    dup = row_of_link(panel, sample["links"]["advisers"])
    assert panel.delegate._button_label(panel.model.rows[dup], "confirm") == "Confirmed"
    click_card_button(qtbot, panel, dup, "confirm")  # already confirmed: nothing happens
    assert ctx.undo_stack.count() == 0
    assert ctx.store.link(sample["links"]["advisers"])["state"] == "confirmed"


def test_cards_fit_a_narrow_dock(qtbot, ctx, sample, panel):
    ctx.select_claim(sample["claims"][0][1])
    panel.resize(280, 600)
    qtbot.wait(10)
    rects = [panel.delegate.layout(_option(panel, 0), panel.model.rows[0])["buttons"][a]
             for a in ("confirm", "reject", "supports", "contradicts")]
    right = panel.view.viewport().width()
    assert all(r.right() <= right for r in rects)  # buttons wrap instead of being clipped


def _option(panel, row):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    panel.view.initViewItemOption(option)
    option.rect = panel.view.visualRect(panel.model.index(row))
    return option
