"""Fact actions (rate a fact, set a claim apart, move a claim) and `workbench tag` on facts."""

from __future__ import annotations

import json

import pytest
from test_facts import add_article, link

from workbench.cli import main
from workbench.core.actions import facts
from workbench.core.facts import fact_of_claim
from workbench.core.store import Store, StoreError


@pytest.fixture
def three(store):
    arts = [add_article(store, n, outlet) for n, outlet in ((1, "Reuters"), (2, "AP"), (3, "BBC"))]
    link(store, arts[0][0], arts[1][0])
    link(store, arts[1][0], arts[2][0])
    link(store, arts[0][0], arts[2][0])
    return store, arts


def statuses(store, ids):
    return [c["status"] for c in store.claims_by_ids(ids)]


def test_rating_a_claim_rates_its_fact_and_undo_redo_keep_every_claim_in_step(three):
    store, arts = three
    same = [arts[0][0], arts[1][0], arts[2][0]]
    rated = facts.rate_claim(store, arts[1][0], status="verified", confidence="high")
    assert rated.claims == 3 and rated.fact_id == store.claim(arts[0][0])["fact_id"]
    assert "fact" in rated.label and "3 claims" in rated.label
    assert statuses(store, same) == ["verified"] * 3 and statuses(store, [arts[0][1]]) == ["unverified"]
    rated.undo(store)
    assert statuses(store, same) == ["unverified"] * 3
    rated.redo(store)
    assert statuses(store, same) == ["verified"] * 3


def test_only_this_sets_one_claim_apart_and_the_fact_keeps_its_verdict(three):
    store, arts = three
    facts.rate_claim(store, arts[0][0], status="verified")
    apart = facts.rate_claim(store, arts[2][0], status="false", only_this=True)
    assert statuses(store, [arts[0][0], arts[1][0], arts[2][0]]) == ["verified", "verified", "false"]
    assert fact_of_claim(store, arts[0][0])["rating_conflict"]
    facts.rate_claim(store, arts[2][0], status="disputed")  # a claim set apart keeps being rated alone
    assert statuses(store, [arts[0][0], arts[2][0]]) == ["verified", "disputed"]
    apart.undo(store)
    back = facts.rejoin_fact_verdict(store, arts[2][0])
    assert statuses(store, [arts[2][0]]) == ["verified"] and not fact_of_claim(store, arts[0][0])["rating_conflict"]
    back.undo(store)


def test_move_claim_out_and_back_with_redo_reusing_the_same_fact(three):
    store, arts = three
    fact_id = store.claim(arts[0][0])["fact_id"] or fact_of_claim(store, arts[0][0])["id"]
    out = facts.move_claim_to_fact(store, arts[2][0], None)
    own = store.claim(arts[2][0])["fact_id"]
    assert own != fact_id and out.move_to == own
    out.undo(store)
    assert store.claim(arts[2][0])["fact_id"] == fact_id
    out.redo(store)
    assert store.claim(arts[2][0])["fact_id"] == own  # the same fact again, not a new one
    with pytest.raises(StoreError, match="already in fact"):
        facts.move_claim_to_fact(store, arts[2][0], own)
    with pytest.raises(StoreError, match="no fact"):
        facts.move_claim_to_fact(store, arts[2][0], 99999)


def test_cli_tag_rates_the_fact_and_only_this_sets_apart(tmp_path, capsys):
    path = tmp_path / "p.db"
    with Store.open(path) as store:
        arts = [add_article(store, n, outlet) for n, outlet in ((1, "Reuters"), (2, "AP"))]
        link(store, arts[0][0], arts[1][0])
    capsys.readouterr()
    assert main(["tag", str(path), str(arts[0][0]), "--status", "verified", "--note", "police confirmed"]) == 0
    out = capsys.readouterr().out
    assert "2 claims in 2 articles now show it" in out
    assert main(["tag", str(path), str(arts[1][0]), "--status", "disputed", "--only-this", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["only_this"] and data["own_verdict"] and data["rating_conflict"] and data["fact_status"] == "verified"
    assert main(["facts", str(path), "--json", "--conflicts"]) == 0
    fact = json.loads(capsys.readouterr().out)["facts"][0]
    assert fact["rating_conflict"] and fact["status"] == "verified" and fact["notes"] == "police confirmed"
    assert main(["claims", str(path), "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[arts[0][0]]["status"] == "verified" and rows[arts[1][0]]["status"] == "disputed"
