"""`cluster`'s work in the parent process alone made cheaper or moved to the workers, outputs
unchanged: the pre-check's per-claim parts read in `prepare`'s workers, blocking's encoding made
once per token, the pre-check's parts built once per distinct value, the idf kept between rounds,
and chunks sized for the worker count (so 8 workers are not idle on a tail)."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import pytest

from workbench.core import figures as fig
from workbench.core.match import blocking, gate, knowledge, matching
from workbench.core.match.story_year import with_story_year


def _dense_sample(n: int, seed: int = 7) -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from matching_dense import generate

    return generate(n, seed=seed)[0]


def _serial_chunks(monkeypatch: pytest.MonkeyPatch, module: Any) -> list[list[tuple[int, int]]]:
    """`module.run_chunks` run in this process, each call's chunks recorded."""
    seen: list[list[tuple[int, int]]] = []

    def run(fn: Any, chunks: list[tuple[int, int]], **_options: Any) -> list[Any]:
        seen.append(list(chunks))
        return [x for chunk in chunks for x in fn(chunk)]

    monkeypatch.setattr(module, "run_chunks", run)
    return seen


def test_the_gate_reads_what_prepare_read_and_rereads_dates_given_the_story_year(monkeypatch):
    texts = ["Rebels captured 300 vehicles in Hama on 3 March 2014.", "Rebels took 300 vehicles in Hama on March 3.",
             "The army shelled Idlib on 4 March 2014.", "Police arrested 20 people in Homs on 5 March 2014.",
             "Police arrested 20 people in Homs.", "Witnesses said troops killed 12 civilians on 2 March 2014."]
    prep = matching.prepare(texts, read_dates=True)
    assert prep.events == [knowledge.event_verbs(n.tokens) for n in prep.norms]
    assert prep.text_dates is not None and prep.read_dates == [knowledge.read_dates(d) for d in prep.text_dates]
    dates = with_story_year(prep.text_dates)
    assert dates[1] is not prep.text_dates[1]  # "March 3" takes the story's year
    prep.dates = dates
    expected = [gate.gate_view(t, prep.norms[k], dates[k], None, prep.roles[k] if prep.roles else None)
                for k, t in enumerate(texts)]
    read_again: list[Any] = []

    def no_verbs(_tokens: list[str]) -> set[str]:
        raise AssertionError("event verbs read again in the parent")

    read = knowledge.read_dates

    def read_dates(items: Any) -> Any:
        read_again.append(items)
        return read(items)

    monkeypatch.setattr(knowledge, "event_verbs", no_verbs)
    monkeypatch.setattr(knowledge, "read_dates", read_dates)
    views = matching._gate_views(texts, prep, None, None)
    assert views == expected
    assert read_again == [dates[1]]  # only the list the story year changed
    assert prep.read_dates == [v.dates for v in views]  # what `cluster_texts` groups by


def test_dates_given_by_the_caller_are_read_in_the_parent():
    texts = ["Rebels captured 300 vehicles in Hama on 3 March 2014.", "The army shelled Idlib."]
    prep = matching.prepare(texts, read_dates=True)
    given = [[], fig.dates_of("on 9 May 2013")]
    views = matching._gate_views(texts, prep, given, None)
    assert [v.dates for v in views] == [knowledge.read_dates(d) for d in given]


def test_encoding_is_the_sorted_code_points_of_each_token():
    rng = random.Random(3)
    words = [f"w{k}" for k in range(60)]
    lists = [[rng.choice(words) for _ in range(rng.randint(0, 12))] for _ in range(300)]
    enc = blocking.encode(lists)
    order = sorted(enc.df, key=lambda t: (enc.df[t], t))
    rank = {t: k for k, t in enumerate(order)}
    slots = max(1, min(max(enc.weights.values()), (0x10FFFF - blocking._BASE - 0x800) // len(order)))
    for toks, string in zip(lists, enc.strings, strict=True):
        points = sorted(rank[t] * slots + c for t in set(toks) for c in range(min(enc.weights[t], slots)))
        assert string == "".join(blocking._char(p) for p in points)


def test_prefixes_read_once_are_the_two_prefixes():
    weights = {"a": 30, "b": 12, "c": 5, "d": 3, "e": 1, "f": 1}
    toks = list(weights)
    single, pair = blocking._prefixes(toks, weights, 30.0)
    assert single == blocking.prefix_tokens(toks, weights, 30.0) == ["a", "b", "c"]  # the suffix 5 < 30 % of 52 / 1.7
    assert pair is None and blocking.pair_prefix(toks, weights, 30.0) is None  # 9.2 is under the heaviest, 30
    assert blocking._prefixes(["a"], weights, 30.0) == (["a"], None)


def test_a_gate_part_reads_each_distinct_value_once():
    texts = _dense_sample(200)
    prep = matching.prepare(texts, read_dates=True)
    views = [gate.gate_view(t, prep.norms[k], prep.text_dates[k] if prep.text_dates else None, None)
             for k, t in enumerate(texts)]
    made: list[Any] = []
    part = gate._Part([v.place for v in views], views, lambda v: made.append(v.place) or v, None)
    assert len(made) == part.n == len({v.place for v in views}) < len(texts)


def test_the_idf_is_computed_once_for_all_rounds(monkeypatch):
    texts = _dense_sample(120)
    calls: list[int] = []
    real = matching.token_idf
    monkeypatch.setattr(matching, "token_idf", lambda norms: calls.append(1) or real(norms))
    prep = matching.prepare(texts, read_dates=True)
    links = matching.find_links(texts, prep=prep, reasons=False, rows=True)
    again = matching.find_links(texts, prep=prep, reasons=False, rows=True, pairs=[(i, j) for i, j, _r, _s in links])
    assert links and again == links and len(calls) == 1


def test_chunks_follow_the_worker_count(monkeypatch):
    seen = _serial_chunks(monkeypatch, matching)
    texts = _dense_sample(5000)[:5000]
    matching.prepare(texts, workers=8)
    assert seen[-1][:2] == [(0, blocking.MIN_SPAN), (blocking.MIN_SPAN, 2 * blocking.MIN_SPAN)]  # 1,000 before
    matching.prepare(texts[:200], workers=8)  # not forked: one process, chunks of PREPARE_STEP
    assert seen[-1] == [(0, 200)]
    assert blocking.spans(20_000, 2, 2000, 100)[:2] == [(0, 834), (834, 1668)]
    assert blocking.spans(300, 8, 2000, 100) == [(0, 100), (100, 200), (200, 300)]


def test_a_completion_round_is_shared_by_many_workers(monkeypatch):
    texts = _dense_sample(300)
    pairs = [(i, j) for i in range(0, 60) for j in range(i + 1, 60)][:1500]
    seen = _serial_chunks(monkeypatch, matching)
    alone = matching.find_links(texts, pairs=pairs, reasons=False, rows=True)
    shared = matching.find_links(texts, pairs=pairs, reasons=False, rows=True, workers=8)
    assert shared == alone
    assert len(seen[-1]) == 1500 // blocking.MIN_SPAN  # 500 pairs a chunk before: 3 chunks for 8 workers
