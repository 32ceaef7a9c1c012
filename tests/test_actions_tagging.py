"""`tag_claim` (what `workbench tag` does): the window's own actions, in one transaction."""

from __future__ import annotations

import shutil

import pytest
from actions_project import Commits, build, history_since, last_history_id, snapshot

from workbench.cli import main as cli_main
from workbench.core.actions import facts, sources
from workbench.core.actions.tagging import tag_claim
from workbench.core.facts import ensure_facts
from workbench.core.store import Store, StoreError


def test_tag_is_one_transaction_of_the_single_actions(project):
    store, ids = project
    cid = ids["mee_claims"][0]
    ensure_facts(store)  # facts are grouped when links change, before any rating
    before, mark, commits = snapshot(store), last_history_id(store), Commits(store)
    tagged = tag_claim(store, cid, status="false", confidence="moderate", source="Iraqi army", source_kind="agency",
                       reliability="D", note="contradicted by Reuters")
    assert commits.count == 1 and tagged.source_created
    # status and confidence go to the claim's fact (and every claim of it) in one rating; the
    # note to the fact's notes; the source stays the claim's own
    # (each on the fact's row and the claim's)
    assert [r[0] for r in history_since(store, mark)] == [f"Mark claim {cid} false"] * 2 + [
        f"Set confidence of claim {cid} to moderate"] * 2 + [
        f"Set source of claim {cid} to Iraqi army", f"Set source of claim {cid} to Iraqi army",
        f"Edit notes of claim {cid}",
    ]
    tagged.undo(store)
    assert snapshot(store) == before


@pytest.mark.parametrize("kwargs", [
    {"status": "verified", "confidence": "sure"},  # the second change is refused: the first is not kept
    {"status": "verified", "source": "UNHCR", "reliability": "Q"},
    {"status": "nope"},
    {"reliability": "B"},
])
def test_a_refused_tag_leaves_the_project_unchanged(project, kwargs):
    store, ids = project
    before, mark = snapshot(store), last_history_id(store)
    with pytest.raises(StoreError):
        tag_claim(store, ids["mee_claims"][0], **kwargs)
    assert snapshot(store) == before and history_since(store, mark) == []


def test_cli_tag_and_evidence_write_what_the_actions_write(tmp_path, capsys):
    """The CLI on one copy, the core actions (as the window calls them) on another: same rows."""
    ids = build(tmp_path / "a.db")
    shutil.copyfile(tmp_path / "a.db", tmp_path / "b.db")
    cid = ids["mee_claims"][1]
    assert cli_main(["tag", str(tmp_path / "a.db"), str(cid), "--status", "disputed", "--source", "IOM",
                     "--source-kind", "organisation", "--reliability", "B", "--note", "IOM figure"]) == 0
    assert cli_main(["evidence", str(tmp_path / "a.db"), str(cid), str(ids["reuters"]), "--stance", "supports",
                     "--note", "same figure"]) == 0
    assert cli_main(["tag", str(tmp_path / "a.db"), str(cid), "--status", "sure"]) == 1
    assert "unknown status 'sure'" in capsys.readouterr().err
    with Store.open(tmp_path / "b.db") as store:
        from workbench.core.actions import evidence

        start = last_history_id(store)
        facts.rate_claim(store, cid, status="disputed")  # what a status key and the inspector do
        sources.set_source_by_name(store, cid, "IOM", kind="organisation", reliability="B")
        facts.rate_claim(store, cid, note="IOM figure")
        evidence.add_evidence(store, cid, ids["reuters"], "supports", "same figure")
        expected = history_since(store, start)
    with Store.open(tmp_path / "a.db") as store:
        assert history_since(store, start) == expected
