"""Confirm a suggested link and add evidence from the similar-claims similar_panel; undo and redo.

Each step asserts what the store holds afterwards (the similar_panel is only a way to get there).
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from conftest_panels import *  # noqa: E402, F403
from panel_clicks import click_card_button, row_of_link  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from workbench.ui.commands.evidence_commands import (  # noqa: E402
    AddEvidenceCommand,
    EditEvidenceCommand,
    RemoveEvidenceCommand,
)
from workbench.ui.commands.link_commands import AddLinkCommand, DeleteLinkCommand, SetLinkStateCommand  # noqa: E402
from workbench.ui.commands.source_commands import (  # noqa: E402
    AssignSourceCommand,
    CreateSourceCommand,
    EditSourceCommand,
    create_and_assign_source,
)


def test_confirm_a_suggested_duplicate_with_one_click(qtbot, ctx, sample, similar_panel):
    link_id = sample["links"]["fled"]
    ctx.select_claim(sample["claims"][0][0])
    assert ctx.store.link(link_id)["state"] == "suggested" and ctx.store.link(link_id)["auto"]
    click_card_button(qtbot, similar_panel, row_of_link(similar_panel, link_id), "confirm")
    link = ctx.store.link(link_id)
    assert (link["state"], link["auto"], link["relation"]) == ("confirmed", False, "duplicate")
    assert ctx.undo_stack.undoText() == "confirm duplicate"
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
    assert [h["action"] for h in history[:3]] == ["confirm duplicate", "undo confirm duplicate", "confirm duplicate"]


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
    add = AddEvidenceCommand(ctx, claim_id, article, "supports", "first")
    ctx.push(add)
    ctx.push(EditEvidenceCommand(ctx, add.evidence_id, stance="contradicts", note="second"))
    assert ctx.store.evidence(claim_id)[0]["stance"] == "contradicts"
    ctx.push(RemoveEvidenceCommand(ctx, add.evidence_id))
    assert ctx.store.evidence(claim_id) == []
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    (row,) = ctx.store.evidence(claim_id)
    assert (row["id"], row["stance"], row["note"]) == (add.evidence_id, "supports", "first")


def test_source_commands_round_trip(ctx, sample):
    claim_id = sample["claims"][1][0]
    ctx.push(create_and_assign_source(ctx, claim_id, "Iraqi Ministry of Defence", "agency", "C"))
    source = ctx.store.source_by_name("Iraqi Ministry of Defence")
    assert ctx.store.claim(claim_id)["source_id"] == source["id"]
    ctx.push(EditSourceCommand(ctx, source["id"], reliability="D"))
    assert ctx.store.source(source["id"])["reliability"] == "D"
    ctx.undo_stack.undo()
    assert ctx.store.source(source["id"])["reliability"] == "C"
    ctx.undo_stack.undo()  # the macro: one step removes assignment and source
    assert ctx.store.claim(claim_id)["source_id"] is None
    assert ctx.store.source_by_name("Iraqi Ministry of Defence") is None
    ctx.undo_stack.redo()
    assert ctx.store.claim(claim_id)["source_id"] == source["id"]
    other = CreateSourceCommand(ctx, "Reuters", "outlet", "B")
    ctx.push(other)
    ctx.push(AssignSourceCommand(ctx, claim_id, other.source_id))
    assert ctx.store.claim(claim_id)["source"] == "Reuters"
    ctx.undo_stack.undo()
    assert ctx.store.claim(claim_id)["source"] == "Iraqi Ministry of Defence"


def test_link_commands_round_trip(ctx, sample):
    a, b = sample["claims"][0][0], sample["claims"][2][0]
    add = AddLinkCommand(ctx, a, b, "related")
    ctx.push(add)
    assert ctx.store.link(add.link_id)["state"] == "confirmed"
    ctx.push(SetLinkStateCommand(ctx, add.link_id, "rejected"))
    ctx.push(DeleteLinkCommand(ctx, add.link_id))
    assert all(add.link_id != link["id"] for link in ctx.store.links())
    ctx.undo_stack.undo()
    assert ctx.store.link(add.link_id)["state"] == "rejected"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert all(add.link_id != link["id"] for link in ctx.store.links())
    ctx.undo_stack.redo()
    assert ctx.store.link(add.link_id)["relation"] == "related"
