"""The Facts, Conflicts, Sources and Overview views, driven as the analyst does, asserting the store."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from workbench.core.facts import fact_of_claim


def find_claim(store, words: str) -> int:
    return next(c["id"] for c in store.claims() if words in c["text"])


def select_appearance(panel, claim_id: int) -> None:
    for row in range(panel.appearances.rowCount()):
        if panel._appearance_id(row) == claim_id:
            panel.appearances.selectionModel().select(
                panel.appearances.model().index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            return
    raise AssertionError(f"claim {claim_id} is not an appearance of the fact shown")


def test_facts_view_lists_the_largest_fact_first_and_rates_it_once_for_every_claim(window, qtbot):
    store, panel = window.ctx.store, window.facts_panel
    a, b = find_claim(store, "500,000 people"), find_claim(store, "Half a million")
    fact = fact_of_claim(store, a)
    assert set(fact["claims"]) == {a, b}
    assert panel.model.fact_id(0) == fact["id"]  # the only fact of two claims comes first
    panel.select_fact(fact["id"])
    assert panel.appearances.rowCount() == 2
    panel.status.setCurrentIndex(panel.status.findData("verified"))
    panel.confidence.setCurrentIndex(panel.confidence.findData("high"))
    panel.rate_button.click()
    assert [c["status"] for c in store.claims_by_ids([a, b])] == ["verified", "verified"]
    assert store.fact_row(fact["id"])["confidence"] == "high"
    window.ctx.undo_stack.undo()
    assert [c["status"] for c in store.claims_by_ids([a, b])] == ["unverified", "unverified"]


def test_setting_one_appearance_apart_shows_a_rating_conflict_and_undoes(window, qtbot):
    store, panel = window.ctx.store, window.facts_panel
    a, b = find_claim(store, "500,000 people"), find_claim(store, "Half a million")
    fact_id = fact_of_claim(store, a)["id"]
    panel.select_fact(fact_id)
    panel.status.setCurrentIndex(panel.status.findData("verified"))
    panel.rate_button.click()
    select_appearance(panel, b)
    panel.status.setCurrentIndex(panel.status.findData("disputed"))
    panel.apart_button.click()
    assert store.claim(b)["status"] == "disputed" and store.claim(a)["status"] == "verified"
    assert fact_of_claim(store, a)["rating_conflict"]
    assert "rating conflict" in panel.heading.text()
    window.ctx.undo_stack.undo()
    assert store.claim(b)["status"] == "verified"
    assert not fact_of_claim(store, a)["rating_conflict"]


def test_moving_a_claim_between_facts_is_one_undo_step(window, qtbot):
    store, panel = window.ctx.store, window.facts_panel
    a, b = find_claim(store, "500,000 people"), find_claim(store, "Half a million")
    fact_id = fact_of_claim(store, a)["id"]
    other = find_claim(store, "Kerry said US support")
    panel.select_fact(fact_of_claim(store, other)["id"])
    select_appearance(panel, other)
    depth = window.ctx.undo_stack.count()
    panel.move_selected(fact_id)
    assert store.claim(other)["fact_id"] == fact_id
    assert set(fact_of_claim(store, a)["claims"]) == {a, b, other}
    assert window.ctx.undo_stack.count() == depth + 1
    window.ctx.undo_stack.undo()
    assert store.claim(other)["fact_id"] != fact_id
    panel.move_selected(99999, other)  # refused before it reaches the undo stack
    assert window.ctx.undo_stack.count() == depth + 1 and window.ctx.undo_stack.index() == depth


def test_debt_filter_lists_a_fact_verified_without_evidence(window, qtbot):
    store, panel = window.ctx.store, window.facts_panel
    a = find_claim(store, "500,000 people")
    fact_id = fact_of_claim(store, a)["id"]
    store.set_fact_verdict(fact_id, status="verified")
    window.show_facts_filter("debt:no_evidence")
    qtbot.waitUntil(lambda: panel.model.row_of(fact_id) >= 0, timeout=5000)
    store.add_evidence(a, store.claim(find_claim(store, "Kerry said US support"))["article_id"], "supports")
    qtbot.waitUntil(lambda: panel.model.row_of(fact_id) < 0, timeout=5000)
    overview = window.overview_panel
    overview.refresh()
    assert overview.debt["no_evidence"] == []
    assert overview.debt_buttons["no_evidence"].text().strip().startswith("0")
    store.set_fact_verdict(fact_of_claim(store, find_claim(store, "Kerry said US support"))["id"], status="verified")
    overview.refresh()
    assert len(overview.debt["no_evidence"]) == 1 and overview.debt_buttons["no_evidence"].isEnabled()


def test_conflicts_view_queues_each_conflicting_pair_and_decides_with_undo(window, qtbot):
    store, panel = window.ctx.store, window.conflicts_panel
    assert panel.model.rowCount() == 2
    first = panel.current_pair()
    assert first is not None and first["state"] == "suggested"  # undecided first
    assert panel.diff.differences["aspects"]["figure"]["differs"]
    panel.reject_button.click()
    assert store.link(first["link_id"])["state"] == "rejected"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    window.ctx.undo_stack.undo()
    assert store.link(first["link_id"])["state"] == "suggested"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)


def test_claim_diff_marks_the_differing_figure(window):
    from workbench.ui.views.claim_diff import ClaimDiffWidget

    store = window.ctx.store
    a, b = store.claims_by_ids([find_claim(store, "US has already sent 300"), find_claim(store, "3,000 advisers")])
    diff = ClaimDiffWidget()
    diff.show_claims(a, b)
    assert "3,000" in diff.right.toPlainText()
    assert diff.differences["aspects"]["figure"]["differs"]
    assert any("3,000" in b["text"][s:e] for s, e in diff.differences["spans_b"])


def test_sources_view_shows_the_track_record(window, qtbot):
    store, panel = window.ctx.store, window.sources_panel
    a = find_claim(store, "500,000 people")
    source_id = store.add_source("UNHCR", kind="organisation", reliability="B")
    store.update_claim(a, source_id=source_id)
    store.set_fact_verdict(fact_of_claim(store, a)["id"], status="verified")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.row(0)["verified"] == 1, timeout=5000)
    assert panel.model.data(panel.model.index(0, 2)).startswith("B")


def test_a_status_key_on_a_claim_rates_its_whole_fact(window, qtbot):
    store = window.ctx.store
    a, b = find_claim(store, "500,000 people"), find_claim(store, "Half a million")
    window.ctx.select_claim(a)
    window.triage.tag("verified")
    assert [c["status"] for c in store.claims_by_ids([a, b])] == ["verified", "verified"]
    assert "2 claims" in window.ctx.undo_stack.text(window.ctx.undo_stack.index() - 1)
    window.ctx.undo_stack.undo()
    assert [c["status"] for c in store.claims_by_ids([a, b])] == ["unverified", "unverified"]
