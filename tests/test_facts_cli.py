"""`workbench facts` and the facts in `workbench claims --json`, on a real project of ECB+ articles."""

from __future__ import annotations

import json

import pytest
from conftest import DATA

from workbench.cli import main


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    path = tmp_path_factory.mktemp("facts") / "t12.db"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(DATA / "ecbplus_t12"), "--json"]) == 0
    return path


def run_json(capsys, *args):
    capsys.readouterr()
    assert main([*map(str, args), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_facts_json_has_the_promised_shape_and_every_claim_is_in_one_fact(project, capsys):
    facts = run_json(capsys, "facts", project)["facts"]
    claims = run_json(capsys, "claims", project)
    keys = {"id", "text", "claims", "articles", "outlets", "independent_sources", "status", "confidence",
            "rating_conflict", "conflicting_facts"}
    assert keys <= set(facts[0])
    sizes = [len(f["claims"]) for f in facts]
    assert sizes == sorted(sizes, reverse=True)  # largest first
    assert sum(len(f["articles"]) >= 2 for f in facts) >= 10
    member = {c: f["id"] for f in facts for c in f["claims"]}
    assert len(member) == sum(sizes) == len(claims)
    assert all(member[row["id"]] == row["fact_id"] for row in claims)
    for f in facts:
        assert 1 <= f["independent_sources"] <= len(f["articles"])
        assert f["id"] not in f["conflicting_facts"]


def test_facts_filters_by_status_and_conflicts(project, capsys):
    every = run_json(capsys, "facts", project)["facts"]
    conflicted = run_json(capsys, "facts", project, "--conflicts")["facts"]
    assert all(f["conflicting_facts"] or f["rating_conflict"] for f in conflicted)
    assert len(conflicted) < len(every)
    assert run_json(capsys, "facts", project, "--status", "false")["facts"] == []


def test_facts_on_a_missing_project_is_one_clear_line(tmp_path, capsys):
    assert main(["facts", str(tmp_path / "nope.db")]) == 1
    assert "no such project" in capsys.readouterr().err
