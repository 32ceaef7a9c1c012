"""`workbench compare`, `cluster` and `match` through the real CLI entry point."""

from __future__ import annotations

import json

import pytest
from test_matching_project import IRAQ_A, IRAQ_B, add

from workbench.cli import main
from workbench.core.store import Store


def run(capsys, *argv):
    code = main(list(map(str, argv)))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_compare_json(capsys):
    code, out, _ = run(capsys, "compare", "Some 500,000 people fled their homes", "Half a million Iraqis have fled", "--json")
    assert code == 0
    obj = json.loads(out)
    assert set(obj) == {"score", "relation", "probability", "reasons"}
    assert 0.5 <= obj["probability"] <= 1
    assert obj["relation"] == "duplicate"


def test_compare_text(capsys):
    code, out, _ = run(capsys, "compare", "US sends 300 military advisers", "US sends 3,000 military advisers")
    assert code == 0 and out.startswith("conflict")
    assert "3,000" in out


def test_compare_pairs_jsonl_in_order(tmp_path, capsys):
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("a\tb\nOne\tTwo\n300 advisers\t300 advisors\n"
                     "hundreds of soldiers killed\tdozens of soldiers killed\nx\ty\n", encoding="utf-8")
    code, out, _ = run(capsys, "compare", "--pairs", pairs, "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(rows) == 4
    assert [r["relation"] for r in rows[1:3]] == ["duplicate", "conflict"]


def test_compare_pairs_bad_header(tmp_path, capsys):
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("left\tright\nx\ty\n", encoding="utf-8")
    code, _, err = run(capsys, "compare", "--pairs", pairs, "--json")
    assert code == 1 and "columns a and b" in err


def test_compare_needs_two_claims(capsys):
    code, _, err = run(capsys, "compare", "only one")
    assert code == 1 and "two claims" in err


def test_cluster_json_line_numbers(tmp_path, capsys):
    f = tmp_path / "claims.txt"
    f.write_text("Some 500,000 people fled Mosul.\nHalf a million people fled Mosul.\n\nKerry visited Baghdad.\n"
                 "US sends 300 military advisers\nUS sends 3,000 military advisers\n", encoding="utf-8")
    code, out, _ = run(capsys, "cluster", f, "--json")
    assert code == 0
    obj = json.loads(out)
    assert obj["clusters"] == [[1, 2]]  # the conflict (lines 5, 6) is a link, not a group
    assert obj["links"][0][:3] == [1, 2, "duplicate"]
    assert obj["links"][1][:3] == [5, 6, "conflict"]


def test_cluster_missing_file(tmp_path, capsys):
    code, _, err = run(capsys, "cluster", tmp_path / "nope.txt", "--json")
    assert code == 1 and "no such file" in err


def test_match_json(tmp_path, capsys):
    path = tmp_path / "p.db"
    s = Store.open(path)
    add(s, IRAQ_A, title="A", outlet="One", published="2014-06-12")
    add(s, IRAQ_B, title="B", outlet="Two", published="2014-06-13")
    code, out, _ = run(capsys, "match", path, "--json")
    assert code == 0
    obj = json.loads(out)
    assert set(obj) == {"links", "clusters"}
    assert obj["links"] and set(obj["links"][0]) == {"a", "b", "relation", "score", "state"}
    assert {lk["relation"] for lk in obj["links"]} >= {"duplicate", "conflict"}
    ids = {lk["a"] for lk in obj["links"]} | {lk["b"] for lk in obj["links"]}
    assert all(cid in ids for g in obj["clusters"] for cid in g)
    code, out, _ = run(capsys, "match", path)
    assert code == 0 and "conflict" in out


def test_match_missing_project(tmp_path, capsys):
    code, _, err = run(capsys, "match", tmp_path / "none.db", "--json")
    assert code == 1 and "no such project" in err


@pytest.mark.parametrize("cmd", ["compare", "match", "cluster"])
def test_help_has_examples(cmd, capsys):
    with pytest.raises(SystemExit):
        main([cmd, "--help"])
    assert "examples:" in capsys.readouterr().out
