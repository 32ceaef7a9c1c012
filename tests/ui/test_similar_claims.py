"""The similar-claims similar_panel: what it shows for the selected claim, and how it follows the store."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from conftest_panels import *  # noqa: E402, F403
from panel_clicks import click_card_button, row_of_link  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from workbench.core.figures import compare_figures  # noqa: E402
from workbench.ui.views.similar_claims import RowRole  # noqa: E402


def test_empty_until_a_claim_is_selected(ctx, similar_panel):
    assert similar_panel.model.rowCount() == 0
    assert "Select a claim" in similar_panel.view.placeholder


def test_rows_for_the_selected_claim_best_first(ctx, sample, similar_panel):
    ctx.select_claim(sample["claims"][0][2])  # "300 military advisers" (MEE)
    rows = [similar_panel.model.index(r).data(RowRole) for r in range(similar_panel.model.rowCount())]
    assert [r["link_id"] for r in rows] == [sample["links"]["advisers"], sample["links"]["advisers_conflict"]]
    dup, conflict = rows
    assert (dup["relation"], dup["state"], dup["outlet"]) == ("duplicate", "confirmed", "Reuters")
    assert (conflict["relation"], conflict["state"], conflict["outlet"]) == ("conflict", "suggested", "Al Jazeera")
    assert conflict["published"] == "2014-06-13" and conflict["score"] == 81.0
    assert similar_panel.summary.text() == "1 duplicate, 1 conflict"
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


def test_follows_the_store_and_opens_the_other_claim(qtbot, ctx, sample, similar_panel):
    ctx.select_claim(sample["claims"][0][0])
    row = row_of_link(similar_panel, sample["links"]["fled"])
    assert similar_panel.model.rows[row]["state"] == "suggested"
    ctx.store.set_link_state(sample["links"]["fled"], "rejected")  # from anywhere: the similar_panel refreshes
    assert similar_panel.model.rows[row_of_link(similar_panel, sample["links"]["fled"])]["state"] == "rejected"
    assert similar_panel.summary.text() == "No similar claims"  # rejected links do not count
    similar_panel.view.setFocus()
    similar_panel.view.setCurrentIndex(similar_panel.model.index(0))
    qtbot.keyClick(similar_panel.view, Qt.Key.Key_Return)
    assert ctx.current_claim_id == sample["claims"][1][1]  # Reuters' "Half a million Iraqis..."
    assert similar_panel.model.rows[0]["claim_id"] == sample["claims"][0][0]  # and the similar_panel shows its links


def test_card_buttons_reflect_what_is_decided(qtbot, ctx, sample, similar_panel):
    ctx.select_claim(sample["claims"][0][2])
    dup = row_of_link(similar_panel, sample["links"]["advisers"])
    assert similar_panel.delegate._button_label(similar_panel.model.rows[dup], "confirm") == "Confirmed"
    click_card_button(qtbot, similar_panel, dup, "confirm")  # already confirmed: nothing happens
    assert ctx.undo_stack.count() == 0
    assert ctx.store.link(sample["links"]["advisers"])["state"] == "confirmed"


def test_cards_fit_a_narrow_dock(qtbot, ctx, sample, similar_panel):
    ctx.select_claim(sample["claims"][0][1])
    similar_panel.resize(280, 600)
    qtbot.wait(10)
    rects = [similar_panel.delegate.layout(_option(similar_panel, 0), similar_panel.model.rows[0])["buttons"][a]
             for a in ("confirm", "reject", "supports", "contradicts")]
    right = similar_panel.view.viewport().width()
    assert all(r.right() <= right for r in rects)  # buttons wrap instead of being clipped


def _option(similar_panel, row):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    similar_panel.view.initViewItemOption(option)
    option.rect = similar_panel.view.visualRect(similar_panel.model.index(row))
    return option
