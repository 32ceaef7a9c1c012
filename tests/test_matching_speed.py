"""The fast paths of matching say the same as the slow ones: the pre-check that skips pairs
(`never_linked`, memoised per part by `PairGate`), claims read in worker processes (`prepare`),
lines embedded in workers, only the lines a compared pair needs, each token sequence once."""

from __future__ import annotations

import itertools
from collections import Counter

import numpy as np
import pytest

from workbench.core import figures as fig
from workbench.core.match import link_groups, matching
from workbench.core.match.compare import compare_normalized, never_linked
from workbench.core.match.events import EventContext
from workbench.core.match.gate import PairGate, gate_view
from workbench.core.vocab import LINKED_RELATIONS

# One story's dense coverage: the same words with another place, verb, figure or date.
CLAIMS = [
    "Rebels captured 300 vehicles in Deir ez-Zor on 3 March.",
    "Witnesses said rebels seized 300 vehicles in Dayr az-Zawr on March 3rd.",
    "Rebels captured 300 vehicles in Hama on 3 March.",
    "Rebels destroyed 300 vehicles in Deir ez-Zor on 3 March.",
    "Rebels captured 3,000 vehicles in Deir ez-Zor on 3 March.",
    "Rebels captured 300 vehicles in Deir ez-Zor on 13 March.",
    "Rebels captured 300 vehicles in Deir ez-Zor on 3 July.",
    "Three hundred vehicles were taken by rebels in Deir al-Zour on March 3, activists said.",
    "The army wounded 45 civilians in Idlib on 21 June.",
    "The army injured forty-five civilians in Idleb on June 21st, a monitoring group said.",
    "The army wounded 45 civilians in Homs on 21 June.",
    "The army killed 45 civilians in Idlib on 21 June.",
]


def _views_and_norms(texts, contexts=None):
    prep = matching.prepare(texts)
    dates = [fig.dates_of(t) for t in texts]
    views = [gate_view(t, prep.norms[k], dates[k], contexts[k] if contexts else None) for k, t in enumerate(texts)]
    return prep, dates, views


def test_never_linked_only_skips_pairs_the_comparison_calls_related_at_best():
    contexts = [EventContext(article_id=k, published="2014-03-04" if k % 2 else "2011-09-20") for k in range(len(CLAIMS))]
    for ctx in (None, contexts):
        prep, dates, views = _views_and_norms(CLAIMS, ctx)
        skipped = 0
        for i, j in itertools.combinations(range(len(CLAIMS)), 2):
            if not never_linked(views[i], views[j]):
                continue
            skipped += 1
            c = compare_normalized(CLAIMS[i], CLAIMS[j], prep.norms[i], prep.norms[j], prep.quantities[i],
                                   prep.quantities[j], dates_a=dates[i], dates_b=dates[j],
                                   context_a=ctx[i] if ctx else None, context_b=ctx[j] if ctx else None)
            assert c.relation not in LINKED_RELATIONS, (CLAIMS[i], CLAIMS[j], c.reasons)
        assert skipped >= 10  # other place, other verb, dates months apart (and other events)


def test_pre_check_changes_no_link(monkeypatch):
    with_check = matching.find_links(CLAIMS)
    monkeypatch.setattr(PairGate, "never_linked", lambda *args, **kwargs: False)
    without = matching.find_links(CLAIMS)
    assert [(i, j, c.to_dict()) for i, j, c in with_check] == [(i, j, c.to_dict()) for i, j, c in without]
    assert {(0, 1), (8, 9)} <= {(i, j) for i, j, _ in with_check}


def test_claims_read_in_workers_as_in_process():
    texts = [f"{c} ({k})" for k in range(420) for c in CLAIMS][:5000]
    one, two = matching.prepare(texts), matching.prepare(texts, workers=2)
    assert [n.text for n in one.norms] == [n.text for n in two.norms]
    assert one.hits == two.hits and one.exact_keys == two.exact_keys
    assert [[q.to_dict() for q in qs] for qs in one.quantities] == [[q.to_dict() for q in qs] for qs in two.quantities]


def test_lines_embedded_in_workers_as_in_process(semantic):
    from workbench.core.match.embedding import embed_many, get_embedder

    many = embed_many(CLAIMS * 2, workers=2, min_per_worker=8)
    assert many.shape == (24, 384)
    assert abs(many - get_embedder().embed(CLAIMS * 2)).max() < 1e-5


def _dense_sample(n: int = 600) -> list[str]:
    """Claims of the dense benchmark's generator (families retold, siblings one slot apart)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from matching_dense import generate

    return generate(n, seed=3)[0]


def test_memoised_gate_answers_as_never_linked_on_every_pair():
    texts = _dense_sample(400) + CLAIMS
    contexts = [EventContext(article_id=k % 7, published="2014-03-04" if k % 3 else "2011-09-20",
                             entities=Counter(["hama", "idlib", "army", "rebels"] if k % 5 else ["obama", "senate", "vote", "bill"]))
                for k in range(len(texts))]
    for ctx in (None, contexts):
        prep, dates, views = _views_and_norms(texts, ctx)
        gate = PairGate(views)
        answers = [(gate.never_linked(i, j), never_linked(views[i], views[j]))
                   for i, j in itertools.combinations(range(len(texts)), 2)]
        assert all(a == b for a, b in answers)
        assert 0 < sum(b for _, b in answers) < len(answers)
        everyone = np.arange(len(texts), dtype=np.int32)
        for i in range(0, len(texts), 7):  # the vectorised form, in any order and with repeats
            js = np.concatenate([everyone[::-1], everyone[:5]])
            assert gate.may_link_many(i, js).tolist() == [not never_linked(views[i], views[j]) for j in js.tolist()]


def test_memoised_gate_without_its_table_answers_the_same(monkeypatch):
    from workbench.core.match import gate

    monkeypatch.setattr(gate, "TABLE_MAX", 0)
    monkeypatch.setattr(gate, "ROWS_MAX", 0)
    monkeypatch.setattr(gate, "MEMO_MAX", 50)
    prep, dates, views = _views_and_norms(CLAIMS)
    memo = PairGate(views)
    assert all(memo.never_linked(i, j) == never_linked(views[i], views[j])
               for i, j in itertools.permutations(range(len(CLAIMS)), 2))
    js = np.arange(len(CLAIMS), dtype=np.int32)
    assert memo.may_link_many(0, js).all()  # no test has a table: all left to rest_differ
    assert all(memo.rest_differ(i, j) == never_linked(views[i], views[j])
               for i, j in itertools.permutations(range(len(CLAIMS)), 2))


def test_gate_splits_its_tests_between_tables_and_pairs(monkeypatch):
    """Some tests by table, the rest pair by pair: together they answer as never_linked."""
    from workbench.core.match import gate

    texts = _dense_sample(300)
    contexts = [EventContext(article_id=k % 40, published="2014-03-04" if k % 3 else "2011-09-20",
                             entities=Counter(["hama", "idlib", "army", "rebels"] if k % 5 else
                                              ["obama", "senate", "vote", "bill"])) for k in range(len(texts))]
    monkeypatch.setattr(gate, "TABLE_MAX", 100)  # places, verbs, dates by table; 300 contexts not
    monkeypatch.setattr(gate, "ROWS_MAX", 0)  # nor a row at a time: pair by pair
    prep, dates, views = _views_and_norms(texts, contexts)
    split = PairGate(views)
    assert split.table_parts and split.other_parts
    everyone = np.arange(len(texts), dtype=np.int32)
    for i in range(0, len(texts), 11):
        ok = split.may_link_many(i, everyone).tolist()
        assert [a and not split.rest_differ(i, j) for j, a in enumerate(ok)] == \
            [not never_linked(views[i], views[j]) for j in range(len(texts))]


def test_cluster_embeds_only_lines_some_pair_compares(semantic, monkeypatch):
    from workbench.core.match import embedding

    lone = ["The central bank kept its interest rate at 4.5 percent.", "A new bridge opened over the Danube."]
    texts = CLAIMS + lone
    asked: list[list[str]] = []
    real = embedding.embed_many

    def spy(lines, **kwargs):
        asked.append(list(lines))
        return real(lines, **kwargs)

    monkeypatch.setattr(embedding, "embed_many", spy)
    groups, links = matching.cluster_texts(texts)
    assert len(asked) == 1 and not set(lone) & set(asked[0]) and set(asked[0]) <= set(CLAIMS)
    # the same groups and links as with every line embedded
    vectors = list(real(texts))
    full = matching.find_links(texts, vectors=vectors)
    assert [(i, j, c.relation, c.score) for i, j, c in full] == links
    assert [8, 9] in groups


def test_lines_read_as_the_same_tokens_are_embedded_once(semantic):
    from workbench.core.match.embedding import get_embedder

    texts = ["Rebels captured 300 vehicles in Hama.", "REBELS captured 300 vehicles in Hamá.",
             "Rebels captured 300 vehicles in Hama on Monday."]
    together = get_embedder().embed(texts)
    alone = [get_embedder().embed([t])[0] for t in texts]
    assert (together[0] == together[1]).all()
    assert max(abs(together[k] - alone[k]).max() for k in range(3)) < 1e-5


def test_kept_claim_views_and_no_reasons_change_no_comparison():
    """`find_links` keeps each claim's view and `cluster` asks for no reasons: the relation,
    probability and score are those of the plain call."""
    from workbench.core.match.claim_view import claim_view

    texts = [*CLAIMS, "Police arrested 12 men and 3 women in Hama on 3 March.",
             "Police did not arrest 12 men and three women in Hamah on March 3.",
             "Officials denied that 15 men were arrested in Hama."]
    contexts = [EventContext(article_id=k % 3, published="2014-03-04") for k in range(len(texts))]
    prep, dates, _ = _views_and_norms(texts)
    views = [claim_view(t, prep.norms[k], prep.surfaces[k] if prep.surfaces else None, dates[k]) for k, t in enumerate(texts)]
    explained = 0
    for ctx in (None, contexts):
        for i, j in itertools.permutations(range(len(texts)), 2):
            args = (texts[i], texts[j], prep.norms[i], prep.norms[j], prep.quantities[i], prep.quantities[j])
            kw = dict(dates_a=dates[i], dates_b=dates[j], context_a=ctx[i] if ctx else None,
                      context_b=ctx[j] if ctx else None)
            plain = compare_normalized(*args, **kw)
            fast = compare_normalized(*args, **kw, views=(views[i], views[j]), explain=False)
            assert (fast.relation, fast.probability, fast.score) == (plain.relation, plain.probability, plain.score)
            assert fast.reasons == [] and fast.features == plain.features
            explained += bool(plain.reasons)
    assert explained > 100


def test_one_figure_each_pairs_as_the_ranking_does():
    from workbench.core.figures.numbers import find_quantities

    def one(text):
        return find_quantities(text)

    def paired(a, b):
        check = fig.pair_figures(one(a), one(b))
        return [(x.text.strip(), y.text.strip(), ok) for x, y, ok in check.pairs], len(check.unpaired_a)

    assert paired("300 vehicles", "3,000 vehicles") == ([("300 vehicles", "3,000 vehicles", False)], 0)
    assert paired("about 300 vehicles", "296 vehicles")[0][0][2] is True
    assert paired("2,900 containers", "415 churches") == ([], 1)  # different things counted
    assert paired("500,000 people", "half a million Iraqis")[0][0][2] is True
    assert paired("40 percent", "40 vehicles") == ([], 1)  # another kind
    # the one-figure path and the general ranking agree (a second figure of another kind leaves
    # the same pair to rank)
    for a, b in [("300 vehicles", "3,000 vehicles"), ("12 men", "15 men"), ("£1.7m", "$160 million")]:
        alone = fig.pair_figures(one(a), one(b))
        ranked = fig.pair_figures(one(a) + one("in 1999"), one(b))
        assert [(x.text, y.text, ok) for x, y, ok in alone.pairs] == [(x.text, y.text, ok) for x, y, ok in ranked.pairs]
        assert alone.conflicts == ranked.conflicts and alone.clear_conflicts == ranked.clear_conflicts


def test_cheap_hits_keep_extract_order():
    """`verified_pairs` with a pre-check reads hits from a row of scores; the partners it keeps per
    claim are those of rapidfuzz's own best-first order (ties included)."""
    from workbench.core.match.blocking import verified_pairs

    texts = [f"{c} {w}" for c in CLAIMS for w in ("", "today", "again")] * 2
    tokens = matching.prepare(texts).blocking_tokens
    for limit in (1, 3, 7, None):
        plain = verified_pairs(tokens, limit=limit)
        checked = verified_pairs(tokens, limit=limit, accept=lambda i, j: True)
        assert plain == checked and plain


def test_pre_check_before_the_cheap_score_keeps_the_same_partners():
    """The pre-check runs on all of a claim's candidates before the cheap score: the partners kept
    are those the best-first order keeps once the pairs it rules out are dropped (ties included)."""
    import numpy as np

    from workbench.core.match.blocking import verified_pairs

    texts = _dense_sample(300)
    tokens = matching.prepare(texts).blocking_tokens

    def never(i: int, j: int) -> bool:  # any per-pair rule: here, half of the pairs by a hash
        return (i * 7919 + j * 104729) % 5 < 2

    def may_link(i, js):
        return np.array([not never(i, j) for j in js.tolist()], dtype=bool)

    for limit in (1, 4, None):
        everything = verified_pairs(tokens, limit=None, accept=lambda i, j: True)
        expected: list[tuple[int, int, float]] = []
        for i in range(len(texts)):
            mine = [(j, s) for a, j, s in everything if a == i and not never(i, j)]
            mine.sort(key=lambda x: -x[1])  # best first; a stable sort keeps the ties' order
            expected += [(i, j, s) for j, s in mine[:limit]]
        assert verified_pairs(tokens, limit=limit, may_link=may_link) == sorted(expected)


def test_blocking_candidates_are_the_union_of_the_claims_postings():
    """`BlockingIndex.candidate_array` marks the union in a reused byte array: the candidates are
    exactly the claims of the claim's postings (after it; or with queries, every non-query claim
    and the query claims after it), whatever order the claims are asked in."""
    from workbench.core.match.blocking import BlockingIndex, encode

    enc = encode(matching.prepare(_dense_sample(600)).blocking_tokens)
    queries = set(range(0, 600, 5))
    for query_ids in (None, queries):
        index = BlockingIndex(enc, max_df=40, query_ids=query_ids)  # a low cap: dense claims too
        assert any(index.dense)
        order = list(range(600))
        for ids in (order, order[::-1], order[::2] + order[1::2]):
            for i in ids:
                union = {int(j) for posting in index._postings(i) for j in posting} - {i}
                want = sorted(j for j in union if j > i or (query_ids is not None and j not in queries))
                assert index.candidates(i) == want


def test_views_kept_under_their_bound_change_no_link(monkeypatch):
    """A comparing process keeps at most VIEWS_MAX claim views and drops the least useful ones
    when full (`_make_room`): the links are those found with every view kept, and the bound holds."""
    texts = _dense_sample(300)
    full = [(i, j, c.relation, c.score, c.reasons) for i, j, c in matching.find_links(texts)]
    sizes = []
    make_room = matching._make_room

    def watched(views, i):
        make_room(views, i)
        sizes.append(len(views))
        assert all(k >= i for k in views)  # claims before i are never read again in a full match

    monkeypatch.setattr(matching, "VIEWS_MAX", 16)
    monkeypatch.setattr(matching, "_make_room", watched)
    small = [(i, j, c.relation, c.score, c.reasons) for i, j, c in matching.find_links(texts)]
    assert small == full and len(full) > 100
    assert sizes and max(sizes) <= 8


def test_article_contexts_past_the_table_answer_a_row_at_a_time(monkeypatch):
    """More article contexts than a table holds (a 100k project's 10,000 articles): the context
    test is computed one context against all at once (`_ContextRows`), as `never_linked` answers,
    also for one article, one wire story, dates far apart, few names and an overlap on the threshold."""
    from workbench.core.match import gate
    from workbench.core.match.events import entity_weights

    texts = _dense_sample(200)
    names = [["hama", "idlib", "army", "rebels"], ["obama", "senate", "vote", "bill"],
             ["hama", "army", "senate", "vote", "bill"], ["hama", "idlib"], ["idlib", "army", "rebels", "obama", "homs"]]
    contexts = [EventContext(article_id=k % 37 if k % 11 else None,
                             published=["2014-03-04", "2011-09-20", None, "2014-05-30"][k % 4],
                             entities=Counter(names[k % 5] + ([f"x{k % 9}"] if k % 2 else [])),
                             wire_group=(k % 3 if k % 13 == 0 else None)) for k in range(len(texts))]
    contexts[5] = None
    monkeypatch.setattr(gate, "TABLE_MAX", 10)
    for weights in (None, entity_weights([c for c in contexts if c is not None])):
        prep, dates, views = _views_and_norms(texts, contexts)
        rows = PairGate(views, weights)
        assert isinstance(rows.parts[3], gate._ContextRows) and rows.parts[3] not in rows.other_parts
        everyone = np.arange(len(texts), dtype=np.int32)
        seen = Counter()
        for i in range(len(texts)):
            expected = [not never_linked(views[i], views[j], weights) for j in range(len(texts))]
            ok = rows.may_link_many(i, everyone).tolist()
            assert [a and not rows.rest_differ(i, j) for j, a in enumerate(ok)] == expected
            assert [not rows.never_linked(i, j) for j in range(len(texts))] == expected
            seen.update(expected)
        assert seen[True] and seen[False]
    # an overlap exactly on the threshold is left to the exact path
    monkeypatch.setattr(gate, "_NEAR", 1.0)
    prep, dates, views = _views_and_norms(texts, contexts)
    near = PairGate(views, None)
    ok = near.may_link_many(0, everyone).tolist()
    assert [a and not near.rest_differ(0, j) for j, a in enumerate(ok)] == \
        [not never_linked(views[0], views[j]) for j in range(len(texts))]


def test_workers_follow_the_cores_this_process_may_use(monkeypatch):
    # in a container limited to 2 CPUs of a 64-core host, forking 4 workers only adds contention
    import multiprocessing as mp
    import os

    if "fork" not in mp.get_all_start_methods():
        pytest.skip("no fork on this platform: matching runs in one process")
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert matching.default_workers() == 2
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(64)), raising=False)
    assert matching.default_workers() == matching.WORKERS_MAX
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {5}, raising=False)
    assert matching.default_workers() == 1


def test_small_jobs_may_use_more_cores_than_a_big_match(monkeypatch):
    # a 20k-line cluster holds ~150 MB a worker: 8 of them fit where 8 at 100k claims would not
    import multiprocessing as mp
    import os

    if "fork" not in mp.get_all_start_methods():
        pytest.skip("no fork on this platform: matching runs in one process")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(64)), raising=False)
    assert matching.default_workers(20_000) == matching.WORKERS_MAX_SMALL > matching.WORKERS_MAX
    assert matching.default_workers(100_000) == matching.WORKERS_MAX
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert matching.default_workers(20_000) == 2


def test_two_groups_about_to_merge_have_their_missing_pairs_compared_not_counted_zero():
    dup = "duplicate"
    # 3 is close to 2, but 1-3 was never compared: counted 0 the two groups stay apart (no chaining),
    # so that pair is the one to compare
    links = [(1, 2, dup, 95.0), (2, 3, dup, 90.0)]
    assert link_groups.group_links(links) == [[1, 2]]
    assert link_groups.pairs_to_complete(links) == [(1, 3)]
    # once compared, its score decides: close joins, far does not
    assert link_groups.group_links(links + [(1, 3, dup, 80.0)]) == [[1, 2, 3]]
    assert link_groups.group_links(links + [(1, 3, "related", 20.0)]) == [[1, 2]]
    # a conflict across, or groups too big to complete (COMPLETE_MAX_CROSS): nothing to compare
    assert link_groups.pairs_to_complete(links + [(1, 3, "conflict", 40.0)]) == []
    big_a, big_b = range(100, 121), range(200, 221)
    cliques = [(x, y, dup, 95.0) for g in (big_a, big_b) for x, y in itertools.combinations(g, 2)]
    assert len(big_a) * len(big_b) > link_groups.COMPLETE_MAX_CROSS
    assert link_groups.pairs_to_complete(cliques + [(120, 200, dup, 95.0)]) == []


def test_reading_the_claims_reports_progress_and_can_be_cancelled(monkeypatch):
    """`prepare` (~45 s at 100k claims) tells how far it is and stops when asked."""
    texts = _dense_sample(25)
    monkeypatch.setattr(matching, "PREPARE_STEP", 10)
    seen: list[tuple[int, int, str]] = []
    prep = matching.prepare(texts, progress=lambda done, total, message: seen.append((done, total, message)))
    assert [d for d, _t, _m in seen] == [0, 10, 20, 25] and {(t, m) for _d, t, m in seen} == {(25, "reading claims")}
    assert len(prep.norms) == 25
    asked: list[int] = []
    with pytest.raises(matching.MatchCancelled):
        matching.prepare(texts, cancel=lambda: asked.append(1) or len(asked) > 1)
    assert len(asked) == 2
