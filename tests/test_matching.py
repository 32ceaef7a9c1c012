"""Claim matching: normalisation, figures, compare(), blocking and clustering (no project needed)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
from rapidfuzz import process

from workbench.core import figures as fig
from workbench.core.figures.words import parse_number_words
from workbench.core.match.blocking import CHEAP_CUTOFF, CHEAP_SCORER, candidate_pairs, encode, verified_pairs
from workbench.core.match.matching import Comparison, cluster_texts, compare
from workbench.core.match.normalize import normalize, skeleton

DATA = Path(__file__).parent / "data"


def labelled_pairs() -> list[dict]:
    with (DATA / "labelled_pairs.tsv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


# -- the required examples --------------------------------------------------------------

def test_half_a_million_is_some_500000():
    c = compare("Some 500,000 people fled their homes", "Half a million Iraqis have fled")
    assert c.relation == "duplicate"
    assert any("figures agree" in r for r in c.reasons)


def test_advisers_advisors_duplicate():
    c = compare("US sends 300 military advisers", "US sends 300 military advisors")
    assert c.relation == "duplicate"
    assert c.score >= 90


def test_300_vs_3000_is_conflict():
    c = compare("US sends 300 military advisers", "US sends 3,000 military advisers")
    assert c.relation == "conflict"
    assert any("300" in r and "3,000" in r for r in c.reasons)


def test_hundreds_vs_dozens_is_conflict():
    c = compare("Hundreds of soldiers killed", "Dozens of soldiers killed")
    assert c.relation == "conflict"


def test_transliteration_matches():
    c = compare("al-Waleed border crossing", "al-Walid border crossing")
    assert c.relation == "duplicate"
    assert any("waleed~walid" in r for r in c.reasons)


def test_same_words_other_year_is_not_duplicate():
    c = compare("A magnitude 6.1 earthquake killed several people in 2009",
                "A magnitude 6.1 earthquake killed several people in 2013")
    assert c.relation == "related"


def test_unrelated_claims():
    c = compare("Kerry visited Baghdad on Monday", "Half a million people fled Mosul")
    assert c.relation == "unrelated"
    assert c.score < 35


@pytest.mark.parametrize("row", labelled_pairs(), ids=lambda r: r["note"][:40])
def test_labelled_pairs(row):
    c = compare(row["a"], row["b"])
    assert c.relation == row["relation"], c.reasons


def test_compare_is_symmetric_in_relation():
    for row in labelled_pairs():
        assert compare(row["a"], row["b"]).relation == compare(row["b"], row["a"]).relation, row["note"]


def test_comparison_to_dict_shape():
    d = compare("a b c", "a b d").to_dict()
    assert set(d) == {"score", "relation", "probability", "reasons"}
    assert 0 <= d["score"] <= 100


def test_preextracted_quantities_are_used():
    # the caller's quantities win over what the text holds
    q300 = [{"text": "300", "value": 300, "low": 300, "high": 300, "approximate": False, "counted": "advisers"}]
    c = compare("US sends advisers", "US sends advisers", quantities_a=q300, quantities_b=[
        {"text": "3000", "value": 3000, "low": 3000, "high": 3000, "approximate": False, "counted": "advisers"}])
    assert c.relation == "conflict"


def test_scorer_is_pluggable():
    class Constant:
        name = "constant"

        def __init__(self, value: float) -> None:
            self.value = value

        def similarity(self, a, b, **kw):
            return self.value, ["constant scorer"]

    high = compare("completely different", "words here", scorer=Constant(99.0))
    low = compare("completely different", "words here", scorer=Constant(0.0))
    assert isinstance(high, Comparison) and "constant scorer" in high.reasons
    assert high.probability > low.probability  # the scorer is one input of the decision


# -- normalisation and figures ------------------------------------------------------------------

@pytest.mark.parametrize("phrase,value", [
    ("half a million", 500_000), ("three hundred", 300), ("twenty-five thousand", 25_000),
    ("three hundred and fifty", 350), ("a dozen", 12), ("two dozen", 24), ("a three", 3),
])
def test_number_words_as_matching_reads_them(phrase, value):
    assert parse_number_words(phrase) == value


def test_normalize_numbers_and_spelling():
    n = normalize("Some 500,000 people fled; the organisation's advisers")
    assert "500000" in n.numbers
    assert "advisor" in n.tokens and "organization" in n.tokens
    assert "some" not in n.tokens
    # an irregular form and its base are one token, whatever their stem ("fled" / "flee" / "fleeing")
    assert {normalize(w).tokens[0] for w in ("fled", "flee", "flees", "fleeing")} == {n.tokens[1]}
    for forms in (("took", "take", "taken", "taking"), ("left", "leave", "leaving"), ("rose", "rise", "rising"),
                  ("broke", "break", "broken"), ("lost", "lose", "losing")):
        assert len({normalize(w).tokens[0] for w in forms}) == 1, forms


def test_normalize_case_and_accents():
    assert normalize("AL-WALĪD Crossing").tokens == normalize("al-walid crossing").tokens


def test_skeleton():
    assert skeleton("waleed") == skeleton("walid")
    assert skeleton("mohammed") == skeleton("muhammad")


def test_fallback_quantities_bounds():
    (q,) = fig.fallback_quantities("hundreds of soldiers")
    assert (q.low, q.high) == (200, 999)
    (q,) = fig.fallback_quantities("some 500,000 people")
    assert fig.bounds(q) == pytest.approx((450_000, 550_000))
    (q,) = fig.fallback_quantities("more than 300 people")
    assert fig.bounds(q)[1] == float("inf")


def test_pairing_by_counted_noun():
    qa = fig.fallback_quantities("12 soldiers and 40 civilians were killed")
    qb = fig.fallback_quantities("40 civilians and 12 soldiers died")
    check = fig.pair_figures(qa, qb)
    assert len(check.pairs) == 2 and not check.conflicts


# -- blocking and clustering --------------------------------------------------------------------

def _corpus(n_facts: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    syllables = ["ka", "ro", "mi", "sul", "ta", "bar", "den", "zi", "lo", "qa", "hem", "dor"]
    places = sorted({"".join(rng.choice(syllables) for _ in range(3)).title() for _ in range(300)})
    templates = ["{n} people fled their homes in {p}", "{n} residents have fled {p}",
                 "fighting near {p} killed {n} soldiers", "{n} soldiers were killed near {p}",
                 "{n} prisoners escaped from a jail in {p}", "a jailbreak in {p} freed {n} prisoners"]
    out = []
    for _ in range(n_facts):
        p, n = rng.choice(places), rng.randint(2, 5000)
        for _ in range(rng.randint(2, 5)):
            out.append(rng.choice(templates).format(n=f"{n:,}" if rng.random() < 0.5 else n, p=p))
    return out


def test_cheap_score_is_weighted_dice():
    tokens = [["a", "b", "c"], ["a", "b", "d"], ["x", "y"], ["a", "x", "z"]]
    enc = encode(tokens)
    for i in range(len(tokens)):
        for j in range(len(tokens)):
            si, sj = set(tokens[i]), set(tokens[j])
            w = enc.weights
            dice = 2 * sum(w[t] for t in si & sj) / (sum(w[t] for t in si) + sum(w[t] for t in sj))
            assert CHEAP_SCORER(enc.strings[i], enc.strings[j]) == pytest.approx(100 * dice)


def test_blocking_recall_equals_exhaustive_on_small_corpus():
    raw = _corpus(150)
    tokens = [normalize(t).all_tokens for t in raw]
    enc = encode(tokens)
    blocked = {(i, j) for i, j, _ in verified_pairs(tokens, enc=enc)}
    reference = set()
    for i, t in enumerate(enc.strings):
        for _, _, j in process.extract(t, enc.strings, scorer=CHEAP_SCORER, score_cutoff=CHEAP_CUTOFF, limit=None):
            if i < j:
                reference.add((i, j))
    assert reference, "the corpus must produce candidate pairs"
    recall = len(blocked & reference) / len(reference)
    assert recall >= 0.98
    # and blocking really prunes: far fewer candidates than all pairs
    n_cand = sum(len(c) for _, c in candidate_pairs(enc))
    assert n_cand < len(raw) * (len(raw) - 1) / 2 / 4


def test_candidate_pairs_incremental_only_touch_queries():
    tokens = [normalize(t).all_tokens for t in _corpus(40)]
    enc = encode(tokens)
    queries = {0, 5, 9}
    full = {(i, j) for i, cands in candidate_pairs(enc) for j in cands}
    inc = set()
    for i, cands in candidate_pairs(enc, query_ids=queries):
        assert i in queries and i not in cands
        inc |= {(min(i, j), max(i, j)) for j in cands}
    assert inc == {p for p in full if p[0] in queries or p[1] in queries}


def test_cluster_texts_groups_same_fact_and_flags_conflict():
    texts = [
        "Some 500,000 people fled Mosul.",
        "Half a million people fled Mosul.",
        "Kerry visited Baghdad.",
        "US sends 300 military advisers to Iraq",
        "US sends 3,000 military advisors to Iraq",
    ]
    clusters, links = cluster_texts(texts)
    # conflicting versions are linked, not grouped: a conflict never glues claims together
    assert [0, 1] in clusters and all(3 not in g and 4 not in g for g in clusters)
    assert all(2 not in g for g in clusters)
    rel = {(i, j): r for i, j, r, _ in links}
    assert rel[(0, 1)] == "duplicate" and rel[(3, 4)] == "conflict"


# -- event context ------------------------------------------------------------------------------

def test_event_context_dates_and_entities():
    from workbench.core.match.events import EventContext, article_context, find_dateline, same_event

    assert find_dateline("Three killed as rioters bomb Greek bank\nMay 5, 2010\nA firebomb...") == "2010-05-05"
    a = EventContext(article_id=1, published="2009-01-04")
    b = EventContext(article_id=2, published="2013-07-02")
    ok, reasons = same_event(a, b)
    assert ok is False and "different events" in reasons[0]
    c = EventContext(article_id=3, published="2009-01-05")
    assert same_event(a, c)[0] is None  # close dates, no names: cannot tell
    oregon = article_context({"id": 4, "text": "A bomb exploded at a bank in Woodburn, Oregon, killing Officer "
                              "Tom Tennant and technician Bill Hakim. Police Chief Scott Russell was hurt."})
    athens = article_context({"id": 5, "text": "A firebomb hit a Marfin Egnatia bank branch in Athens, Greece, "
                              "as Prime Minister George Papandreou faced protests over cuts."})
    assert same_event(oregon, athens)[0] is False
    oregon2 = article_context({"id": 6, "text": "Investigators in Woodburn, Oregon, said Officer Tom Tennant and "
                               "Bill Hakim died when the bomb went off at the West Coast Bank."})
    assert same_event(oregon, oregon2)[0] is True


def test_event_context_turns_duplicate_into_related():
    from workbench.core.match.events import EventContext

    a = EventContext(article_id=1, published="2009-01-04")
    b = EventContext(article_id=2, published="2013-07-02")
    text = "A magnitude 6.1 earthquake killed several people"
    assert compare(text, text).relation == "duplicate"
    c = compare(text, text, context_a=a, context_b=b)
    assert c.relation == "related" and any("different events" in r for r in c.reasons)


def test_negation_needs_one_negative_and_one_positive_claim():
    assert "not" not in normalize("She noted the chains display calorie information").tokens  # noted -> not
    same = [
        ("Massachusetts is one of 12 states that does not have the death penalty.",
         "Massachusetts is one of 12 states without the death penalty."),
        ("The FDA rejected ImClone's original application in December 2001.",
         "The FDA denied ImClone's drug application in December 2001."),
        ("Ursel Reisen confirmed it operated the coach, but gave no details about the passengers.",
         "Ursel Reisen confirmed it had been operating the coach, but declined to give details about the passengers."),
    ]
    for a, b in same:
        assert compare(a, b).relation == "duplicate", (a, b)
    c = compare("They said no decisions had been made about how many troops would be moved.",
                "They added that decisions have been made about how many troops will be moved.")
    assert c.relation == "conflict" and "one claim denies what the other asserts" in c.reasons
    c = compare("Apple reinforced the iPhone 6 Plus so that it doesn't bend",
                "Debunked: Apple reinforced the iPhone 6 Plus so that it doesn't bend")
    assert c.relation == "conflict"


def test_cluster_texts_finds_exact_copies_even_when_a_line_repeats_thousands_of_times():
    lines = ["Some 500,000 people fled Mosul.", "Half a million people fled Mosul.", "Kerry visited Baghdad."] * 3000
    clusters, links = cluster_texts(lines)
    assert sorted(len(c) for c in clusters) == [3000, 6000]
    assert (0, 3, "duplicate", 100.0) in links and len(links) < 10_000  # copies link to their first, not all pairs
