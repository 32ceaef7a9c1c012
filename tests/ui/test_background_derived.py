"""Re-matching an edited claim and regrouping facts run off the UI thread (ui.derived), asserted
on the SQLite file through a connection of its own; waits are on conditions, never on time."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from tests.ui.conftest import build_demo_project, wait_derived
from workbench.core.match.project import match_project
from workbench.core.store import Store

#: a claim reworded into a copy of the Reuters claim (an exact copy: linked whatever the scorer)
NEW_TEXT = "Sunni militants seized the al-Walid border crossing with Syria on Sunday, security sources said."


@pytest.fixture
def matched_path(tmp_path: Path) -> Path:
    path = build_demo_project(tmp_path / "matched.wbproj")
    with Store.open(path) as store:
        match_project(store)
    return path


@pytest.fixture
def matched_window(qtbot, matched_path: Path):  # noqa: ANN001, ANN201 - pytest-qt fixtures
    from workbench.ui.app import create_application
    from workbench.ui.main_window import MainWindow

    create_application()
    win = MainWindow(restore_layout=False)
    qtbot.addWidget(win)
    win.show()
    assert win.open_project(matched_path)
    wait_derived(qtbot, win.ctx)
    yield win
    win.close()


def links_of(path: Path, claim_id: int) -> dict[tuple[int, int], tuple[str, int, str]]:
    """(claim_a, claim_b) -> (state, auto, relation) of every link touching the claim, read from the file."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT claim_a, claim_b, state, auto, relation FROM links WHERE ? IN (claim_a, claim_b)",
                            (claim_id,)).fetchall()
    return {(a, b): (s, auto, r) for a, b, s, auto, r in rows}


def claim_id(store: Store, words: str) -> int:
    return next(c["id"] for c in store.claims() if words in c["text"])


def edit_in_inspector(window, monkeypatch, cid: int, text: str) -> None:  # noqa: ANN001
    from workbench.ui.views import inspector

    window.ctx.select_claim(cid)
    monkeypatch.setattr(inspector.QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: (text, True)))
    window.inspector_panel.edit_text_button.click()


def test_edit_rematches_in_the_background_keeps_analyst_links_and_undo_restores(matched_window, matched_path,
                                                                                 qtbot, monkeypatch):
    ctx = matched_window.ctx
    store = ctx.store
    # a claim with a machine link (the Kerry visit, suggested as a duplicate) that the edit replaces
    kerry = claim_id(store, "made a surprise visit to Baghdad")
    analyst = claim_id(store, "Dozens of soldiers")
    store.add_link(kerry, analyst, "duplicate", 50.0)  # the analyst's own link: never touched by matching
    wait_derived(qtbot, ctx)
    before = links_of(matched_path, kerry)
    assert any(auto for _s, auto, _r in before.values()), "the fixture needs a machine link to replace"
    reuters = claim_id(store, "seized the al-Walid border crossing")
    assert tuple(sorted((kerry, reuters))) not in before

    edit_in_inspector(matched_window, monkeypatch, kerry, NEW_TEXT)
    assert ctx.undo_stack.undoText() == f"Edit text of claim {kerry}"
    pair = tuple(sorted((kerry, reuters)))
    qtbot.waitUntil(lambda: pair in links_of(matched_path, kerry), timeout=30000)
    wait_derived(qtbot, ctx)
    after = links_of(matched_path, kerry)
    assert after[tuple(sorted((kerry, analyst)))] == ("confirmed", 0, "duplicate")  # kept
    assert not [k for k, (_s, auto, _r) in before.items() if auto and k in after]  # old machine links gone
    # the facts were regrouped in the background: the new copy joined the Reuters claim's fact or links to it
    assert store.claim(kerry)["text"] == NEW_TEXT

    ctx.undo_stack.undo()
    wait_derived(qtbot, ctx)
    assert links_of(matched_path, kerry) == before
    assert store.claim(kerry)["text"].startswith("US Secretary of State on Monday made a surprise visit")
    ctx.undo_stack.redo()  # the redo re-matches again, in the background
    qtbot.waitUntil(lambda: pair in links_of(matched_path, kerry), timeout=30000)
    wait_derived(qtbot, ctx)


@pytest.mark.parametrize("honours_cancel", [True, False], ids=["cancelled", "already-writing"])
def test_undo_while_the_rematch_is_in_flight_leaves_no_stale_links(matched_window, matched_path, qtbot,
                                                                     monkeypatch, honours_cancel):
    from workbench.ui import derived

    ctx = matched_window.ctx
    kerry = claim_id(ctx.store, "Kerry said US support")
    before = links_of(matched_path, kerry)
    entered, gate = threading.Event(), threading.Event()
    real = derived.rematch_edited

    def gated(store, ids, *, cancel=None):  # noqa: ANN001, ANN202
        entered.set()
        gate.wait(30)
        return real(store, ids, cancel=cancel if honours_cancel else None)

    monkeypatch.setattr(derived, "rematch_edited", gated)
    edit_in_inspector(matched_window, monkeypatch, kerry, NEW_TEXT)
    qtbot.waitUntil(entered.is_set, timeout=30000)  # the re-match is running, nothing written yet
    gate.set()
    ctx.undo_stack.undo()  # settles the re-match first (cancelled, or finished and then undone)
    wait_derived(qtbot, ctx)
    assert links_of(matched_path, kerry) == before
    assert ctx.store.claim(kerry)["text"].startswith("Kerry said US support")
    assert ctx.undo_stack.canRedo()


def test_regrouping_runs_in_the_background_and_the_facts_view_follows(qtbot, tmp_path: Path, monkeypatch):
    from workbench.core.facts import grouping
    from workbench.ui.app import create_application
    from workbench.ui.main_window import MainWindow

    path = build_demo_project(tmp_path / "ungrouped.wbproj")  # links but no facts yet
    ui_thread = threading.get_ident()
    threads: list[int] = []
    real = grouping.regroup

    def spy(store, **kw):  # noqa: ANN001, ANN202
        threads.append(threading.get_ident())
        return real(store, **kw)

    monkeypatch.setattr("workbench.ui.derived.regroup", spy)
    create_application()
    win = MainWindow(restore_layout=False)
    qtbot.addWidget(win)
    assert win.open_project(path)
    wait_derived(qtbot, win.ctx)
    store = win.ctx.store
    assert not store.facts_are_stale()
    assert threads and ui_thread not in threads
    a, b = claim_id(store, "500,000 people"), claim_id(store, "Half a million")
    assert store.claim(a)["fact_id"] == store.claim(b)["fact_id"] is not None
    qtbot.waitUntil(lambda: win.facts_panel.model.rowCount() > 0, timeout=30000)
    assert win.facts_panel.model.fact_id(0) == store.claim(a)["fact_id"]
    # a link removed by the analyst: the facts are regrouped in the background, the view follows
    link = next(lk for lk in store.links() if {lk["claim_a"], lk["claim_b"]} == {a, b})
    from workbench.core.actions import links
    from workbench.ui.commands.base import perform

    perform(win.ctx, links.reject_link, link["id"])
    wait_derived(qtbot, win.ctx)
    assert store.claim(a)["fact_id"] != store.claim(b)["fact_id"]
    model = win.facts_panel.model  # every fact is a single claim now: the largest has one
    qtbot.waitUntil(lambda: model.rowCount() > 0 and len((model.summary(0) or {}).get("claims", [])) == 1,
                    timeout=30000)
    win.close()


def test_a_grouping_computed_while_another_connection_wrote_is_not_saved(tmp_path: Path):
    from workbench.core.facts import GroupingOutdated, regroup

    path = build_demo_project(tmp_path / "race.wbproj")
    with Store.open(path) as worker, Store.open(path) as ui:
        real = worker.fact_links

        def links_then_edit():  # noqa: ANN202 - the analyst commits while the grouping is read
            rows = real()
            ui.update_claim(ui.claims()[0]["id"], notes="typed meanwhile")
            return rows

        worker.fact_links = links_then_edit  # type: ignore[method-assign]
        with pytest.raises(GroupingOutdated):
            regroup(worker, guarded=True)
        assert worker.facts_are_stale()  # nothing written: the next attempt regroups the new state
        worker.fact_links = real  # type: ignore[method-assign]
        assert regroup(worker, guarded=True) is not None
        assert not worker.facts_are_stale()


def test_the_facts_view_says_when_it_is_being_regrouped(qtbot, tmp_path: Path, monkeypatch):
    from workbench.core.facts import grouping
    from workbench.ui.app import create_application
    from workbench.ui.main_window import MainWindow

    path = build_demo_project(tmp_path / "slow.wbproj")
    gate = threading.Event()
    real = grouping.regroup

    def slow(store, **kw):  # noqa: ANN001, ANN202
        gate.wait(30)
        return real(store, **kw)

    monkeypatch.setattr("workbench.ui.derived.regroup", slow)
    create_application()
    win = MainWindow(restore_layout=False)
    qtbot.addWidget(win)
    assert win.open_project(path)
    label = win.facts_panel.count
    qtbot.waitUntil(lambda: "regrouping" in label.text(), timeout=30000)
    assert win.ctx.store.facts_are_stale()  # nothing half-written meanwhile
    gate.set()
    wait_derived(qtbot, win.ctx)
    assert "regrouping" not in label.text() and win.facts_panel.model.rowCount() > 0
    win.close()
