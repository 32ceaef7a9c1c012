"""`cluster` embeds at most `CLUSTER_NEW_VECTORS` lines its vector cache lacks by default; past
that the words decide every pair, a warning says so, and `--semantic` embeds them all."""

from __future__ import annotations

import json

import pytest
from test_matching_speed import CLAIMS

from workbench.core.match import matching


def test_over_the_budget_nothing_is_embedded_and_the_words_decide(semantic, embed_runs):
    told: list[str] = []
    over = matching.cluster_texts(CLAIMS, max_new_vectors=3, notice=told.append)
    assert embed_runs == []
    assert repr(over) == repr(matching.cluster_texts(CLAIMS, semantic=False))
    assert len(told) == 1 and "more than the 3 a run embeds" in told[0] and "words only" in told[0]


def test_within_the_budget_every_line_is_embedded(semantic, embed_runs):
    told: list[str] = []
    within = matching.cluster_texts(CLAIMS, max_new_vectors=len(CLAIMS), notice=told.append)
    assert sum(embed_runs) > 3 and told == []
    assert repr(within) == repr(matching.cluster_texts(CLAIMS))


def test_vectors_already_cached_do_not_count(semantic, embed_runs, workbench_home):
    cold = matching.cluster_texts(CLAIMS, vector_cache=True)
    embed_runs.clear()
    told: list[str] = []
    warm = matching.cluster_texts(CLAIMS, vector_cache=True, max_new_vectors=0, notice=told.append)
    assert embed_runs == [] and told == [] and repr(warm) == repr(cold)
    edited = [*CLAIMS[:-2], "The army wounded 45 civilians in Idlib on 21 June, activists said.",
              "Rebels captured 300 vehicles in Deir ez-Zor on 4 March, activists said."]
    one_new = matching.cluster_texts(edited, vector_cache=True, max_new_vectors=1, notice=told.append)
    assert embed_runs == [] and len(told) == 1 and "at least 2 of " in told[0]  # two new, one allowed
    assert repr(one_new) == repr(matching.cluster_texts(edited, semantic=False))


def test_the_command_warns_and_semantic_embeds_them_all(semantic, embed_runs, tmp_path, monkeypatch, capsys):
    from workbench.cli import main

    monkeypatch.setattr(matching, "CLUSTER_NEW_VECTORS", 2)
    lines = tmp_path / "claims.txt"
    lines.write_text("\n".join(CLAIMS) + "\n", encoding="utf-8")
    assert main(["cluster", str(lines), "--json", "--no-vector-cache"]) == 0
    default = capsys.readouterr()
    assert embed_runs == []
    assert "more than the 2 a run embeds by default" in default.err and "--semantic" in default.err
    assert main(["cluster", str(lines), "--json", "--no-vector-cache", "--no-semantic"]) == 0
    words = capsys.readouterr()
    assert words.out == default.out and words.err == ""
    assert main(["cluster", str(lines), "--json", "--no-vector-cache", "--semantic"]) == 0
    embedded = capsys.readouterr()
    assert sum(embed_runs) > 2 and "warning" not in embedded.err
    assert json.loads(embedded.out)["clusters"]


def test_semantic_and_no_semantic_together_are_refused(tmp_path, capsys):
    from workbench.cli import main

    lines = tmp_path / "claims.txt"
    lines.write_text("\n".join(CLAIMS) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["cluster", str(lines), "--semantic", "--no-semantic"])
    assert exc.value.code == 2 and "not allowed with" in capsys.readouterr().err


def test_the_count_stops_once_the_budget_is_exceeded(semantic, embed_runs, monkeypatch):
    """A cold file far over the budget is not tokenised to the end: only until the count is known
    to exceed it (tokenising is serial work in the main process)."""
    from workbench.core.match import embedding

    tokenised: list[int] = []
    real = embedding.Embedder.token_ids

    def counting(self, texts):
        tokenised.append(len(texts))
        return real(self, texts)

    monkeypatch.setattr(embedding.Embedder, "token_ids", counting)
    monkeypatch.setattr(embedding, "BUDGET_SLICE", 2)
    told: list[str] = []
    over = matching.cluster_texts(CLAIMS, max_new_vectors=1, notice=told.append)
    assert embed_runs == [] and sum(tokenised) == 2 < len(CLAIMS)
    assert len(told) == 1 and "at least 2 of " in told[0]
    assert repr(over) == repr(matching.cluster_texts(CLAIMS, semantic=False))
