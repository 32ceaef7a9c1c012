"""The fast paths of matching say the same as the slow ones: the pre-check that skips pairs
(`never_linked`), claims read in worker processes (`prepare`), lines embedded in workers."""

from __future__ import annotations

import itertools

from workbench.core import figures as fig
from workbench.core.match import matching
from workbench.core.match.compare import compare_normalized, gate_view, never_linked
from workbench.core.match.events import EventContext
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
    monkeypatch.setattr(matching, "never_linked", lambda *args, **kwargs: False)
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
