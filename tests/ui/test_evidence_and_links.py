"""Confirm a suggested link and add evidence from the similar-claims similar_panel; undo and redo.

Each step asserts what the store holds afterwards (the similar_panel is only a way to get there).
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from conftest_panels import *  # noqa: E402, F403
from panel_clicks import click_card_button, row_of_link  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from workbench.core.actions import evidence, links, sources  # noqa: E402
from workbench.ui.commands.base import perform  # noqa: E402


def test_confirm_a_suggested_duplicate_with_one_click(qtbot, ctx, sample, similar_panel):
    link_id = sample["links"]["fled"]
    ctx.select_claim(sample["claims"][0][0])
    assert ctx.store.link(link_id)["state"] == "suggested" and ctx.store.link(link_id)["auto"]
    click_card_button(qtbot, similar_panel, row_of_link(similar_panel, link_id), "confirm")
    link = ctx.store.link(link_id)
    assert (link["state"], link["auto"], link["relation"]) == ("confirmed", False, "duplicate")
    label = f"Confirm duplicate between claims {link['claim_a']} and {link['claim_b']}"
    assert ctx.undo_stack.undoText() == label
    assert similar_panel.model.rows[row_of_link(similar_panel, link_id)]["state"] == "confirmed"
    # the decision survives re-matching: matching proposes it again as suggested
    ctx.store.save_links([{"claim_a": link["claim_a"], "claim_b": link["claim_b"], "relation": "duplicate",
                           "score": 70.0, "state": "suggested"}], scope_claim_ids=None)
    assert ctx.store.link(link_id)["state"] == "confirmed"
    ctx.undo_stack.undo()
    link = ctx.store.link(link_id)
    assert (link["state"], link["auto"]) == ("suggested", True)
    ctx.undo_stack.redo()
    assert ctx.store.link(link_id)["state"] == "confirmed"
    history = ctx.store.history("claim", sample["claims"][0][0])
    assert [h["action"] for h in history[:3]] == [f"redo {label}", f"undo {label}", label]


def test_reject_a_conflict_from_the_keyboard(qtbot, ctx, sample, similar_panel):
    link_id = sample["links"]["killed"]
    ctx.select_claim(sample["claims"][0][1])
    similar_panel.view.setFocus()
    similar_panel.view.setCurrentIndex(similar_panel.model.index(row_of_link(similar_panel, link_id)))
    qtbot.keyClick(similar_panel.view, Qt.Key.Key_R)
    assert ctx.store.link(link_id)["state"] == "rejected"
    ctx.undo_stack.undo()
    assert ctx.store.link(link_id)["state"] == "suggested"


def test_add_the_other_article_as_evidence_with_one_click(qtbot, ctx, sample, similar_panel):
    claim_id = sample["claims"][0][2]  # MEE: 300 advisers
    ctx.select_claim(claim_id)
    reuters, aljazeera = sample["articles"][1], sample["articles"][2]
    click_card_button(qtbot, similar_panel, row_of_link(similar_panel, sample["links"]["advisers"]), "supports")
    click_card_button(qtbot, similar_panel, row_of_link(similar_panel, sample["links"]["advisers_conflict"]), "contradicts")
    evidence = {e["article_id"]: e for e in ctx.store.evidence(claim_id)}
    assert set(evidence) == {reuters, aljazeera}
    assert evidence[reuters]["stance"] == "supports"
    assert evidence[aljazeera]["stance"] == "contradicts"
    assert "3,000 military advisers" in evidence[aljazeera]["note"]
    row = similar_panel.model.rows[row_of_link(similar_panel, sample["links"]["advisers"])]
    assert similar_panel.delegate._button_label(row, "supports") == "✓ Supports"
    # one click on the other stance flips it, no duplicate entry
    click_card_button(qtbot, similar_panel, row_of_link(similar_panel, sample["links"]["advisers"]), "contradicts")
    assert [e["stance"] for e in ctx.store.evidence(claim_id) if e["article_id"] == reuters] == ["contradicts"]
    ctx.undo_stack.undo()  # flip
    ctx.undo_stack.undo()  # Al Jazeera
    assert [(e["article_id"], e["stance"]) for e in ctx.store.evidence(claim_id)] == [(reuters, "supports")]
    ctx.undo_stack.undo()  # Reuters
    assert ctx.store.evidence(claim_id) == []
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    restored = {e["article_id"]: e for e in ctx.store.evidence(claim_id)}
    assert restored[reuters]["id"] == evidence[reuters]["id"]  # the same rows come back
    assert restored[aljazeera]["id"] == evidence[aljazeera]["id"]


def test_evidence_commands_round_trip(ctx, sample):
    claim_id, article = sample["claims"][0][0], sample["articles"][2]
    add = perform(ctx, evidence.add_evidence, claim_id, article, "supports", "first")
    perform(ctx, evidence.flip_evidence, add.row_id)
    perform(ctx, evidence.edit_evidence_note, add.row_id, " second ")
    assert [(e["stance"], e["note"]) for e in ctx.store.evidence(claim_id)] == [("contradicts", "second")]
    perform(ctx, evidence.remove_evidence, add.row_id)
    assert ctx.store.evidence(claim_id) == []
    for _ in range(3):
        ctx.undo_stack.undo()
    (row,) = ctx.store.evidence(claim_id)
    assert (row["id"], row["stance"], row["note"]) == (add.row_id, "supports", "first")
    assert ctx.undo_stack.undoText() == f"Add supporting evidence to claim {claim_id}"


def test_source_commands_round_trip(ctx, sample):
    claim_id = sample["claims"][1][0]
    perform(ctx, sources.set_source_by_name, claim_id, "Iraqi Ministry of Defence", kind="agency", reliability="C")
    source = ctx.store.source_by_name("Iraqi Ministry of Defence")
    assert ctx.store.claim(claim_id)["source_id"] == source["id"]
    perform(ctx, sources.edit_source, source["id"], reliability="D")
    assert ctx.store.source(source["id"])["reliability"] == "D"
    ctx.undo_stack.undo()
    assert ctx.store.source(source["id"])["reliability"] == "C"
    ctx.undo_stack.undo()  # one step removes assignment and source
    assert ctx.store.claim(claim_id)["source_id"] is None
    assert ctx.store.source_by_name("Iraqi Ministry of Defence") is None
    ctx.undo_stack.redo()
    assert ctx.store.claim(claim_id)["source_id"] == source["id"]
    other = perform(ctx, sources.create_source, "Reuters", "outlet", "B")
    perform(ctx, sources.set_source, claim_id, other.row_id)
    assert ctx.store.claim(claim_id)["source"] == "Reuters"
    ctx.undo_stack.undo()
    assert ctx.store.claim(claim_id)["source"] == "Iraqi Ministry of Defence"


def test_link_commands_round_trip(ctx, sample):
    a, b = sample["claims"][0][0], sample["claims"][2][0]
    add = perform(ctx, links.add_link, a, b, "related")
    assert ctx.store.link(add.row_id)["state"] == "confirmed"
    perform(ctx, links.reject_link, add.row_id)
    perform(ctx, links.delete_link, add.row_id)
    assert all(add.row_id != link["id"] for link in ctx.store.links())
    ctx.undo_stack.undo()
    assert ctx.store.link(add.row_id)["state"] == "rejected"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert all(add.row_id != link["id"] for link in ctx.store.links())
    ctx.undo_stack.redo()
    assert ctx.store.link(add.row_id)["relation"] == "related"
