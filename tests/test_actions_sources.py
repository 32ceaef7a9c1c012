"""Source actions: one find-or-create for the CLI and the window; undo takes back a new source."""

from __future__ import annotations

import pytest
from actions_project import Commits, history_since, last_history_id, snapshot

from workbench.core.actions import sources
from workbench.core.store import StoreError


def test_set_source_by_name_creates_once_and_is_one_step(project):
    store, ids = project
    cid, other = ids["mee_claims"][0], ids["mee_claims"][1]
    before, mark, commits = snapshot(store), last_history_id(store), Commits(store)
    edit = sources.set_source_by_name(store, cid, " UNHCR ", kind="organisation", reliability="B")
    assert commits.count == 1 and edit.created
    label = f"Set source of claim {cid} to UNHCR"
    assert history_since(store, mark) == [
        (label, "source", edit.source_id, None, None, "UNHCR"),
        (label, "claim", cid, "source_id", None, str(edit.source_id)),
    ]
    again = sources.set_source_by_name(store, other, "unhcr")  # any case finds the same source
    assert not again.created and again.source_id == edit.source_id
    assert len(store.sources()) == 1
    again.undo(store)
    edit.undo(store)
    assert snapshot(store) == before
    edit.redo(store)
    assert store.claim(cid)["source_id"] == edit.source_id and store.source(edit.source_id)["reliability"] == "B"


def test_a_grade_for_an_existing_source_is_written_under_the_same_label(project):
    store, ids = project
    cid = ids["mee_claims"][0]
    created = sources.create_source(store, "Reuters", "outlet")
    assert created.label == "New source Reuters"
    mark = last_history_id(store)
    edit = sources.set_source_by_name(store, cid, "reuters", reliability="B")
    rows = history_since(store, mark)
    assert rows[0] == (f"Set source of claim {cid} to Reuters", "source", created.row_id, "reliability", None, "B")
    edit.undo(store)
    assert store.source(created.row_id)["reliability"] is None and store.claim(cid)["source_id"] is None


@pytest.mark.parametrize("call", [
    lambda s, c: sources.set_source_by_name(s, c, "UNHCR", reliability="Z"),
    lambda s, c: sources.set_source_by_name(s, c, "UNHCR", kind="rumour"),
    lambda s, c: sources.set_source_by_name(s, c, "   "),
    lambda s, c: sources.set_source_by_name(s, 99_999, "UNHCR"),
    lambda s, c: sources.set_source(s, c, 99_999),
    lambda s, c: sources.create_source(s, "", "person"),
])
def test_refused_source_actions_change_nothing(project, call):
    store, ids = project
    before, mark = snapshot(store), last_history_id(store)
    with pytest.raises(StoreError):
        call(store, ids["mee_claims"][0])
    assert snapshot(store) == before and history_since(store, mark) == []


def test_set_edit_delete_source_and_undo(project):
    store, ids = project
    cid = ids["mee_claims"][0]
    source = sources.create_source(store, "IOM", "organisation", "C").row_id
    before, mark = snapshot(store), last_history_id(store)
    steps = [
        sources.set_source(store, cid, source),
        sources.edit_source(store, source, reliability="D", notes="migration agency"),
        sources.set_source(store, cid, None),
        sources.delete_source(store, source),
    ]
    assert [s.label for s in steps] == [f"Set source of claim {cid} to IOM", "Edit source IOM",
                                        f"Clear source of claim {cid}", "Delete source IOM"]
    assert [r[0] for r in history_since(store, mark)] == [steps[0].label, steps[1].label, steps[1].label,
                                                          steps[2].label, steps[3].label]
    for step in reversed(steps):
        step.undo(store)
    assert snapshot(store) == before
