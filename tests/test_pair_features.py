"""The decision's shared-content and one-side-figure features (match/pair_features.py)."""

from __future__ import annotations

from workbench.core.match import decision
from workbench.core.match.compare import compare, prepared
from workbench.core.match.pair_features import pair_features


def _features(a: str, b: str) -> dict[str, float]:
    na, nb = prepared(a)[0], prepared(b)[0]
    return pair_features(set(na.tokens), set(nb.tokens), na.numbers, nb.numbers)


def test_content_words_over_the_smaller_and_the_larger_side():
    f = _features("Police arrested the protesters.", "Police arrested the protesters after the march in the capital.")
    assert f["content_1gram_min"] == 1.0  # all of the short claim's content is in the long one
    assert f["content_1gram_max"] == 3 / 5  # the long one says more (march, capital)
    same = _features("Police arrested the protesters.", "The protesters were arrested by police.")
    assert same["content_1gram_min"] == same["content_1gram_max"] == 1.0


def test_figures_in_one_claim_only_are_counted_and_capped():
    assert _features("The quake killed 40 people.", "The quake killed forty people.")["numbers_one_side"] == 0.0
    assert _features("The quake killed 40 people.", "The quake killed 45 people.")["numbers_one_side"] == 2 / 3
    many = _features("1 2 3 4 people", "The quake killed people.")
    assert many["numbers_one_side"] == 1.0
    assert _features("No figures here.", "None there either.")["numbers_one_side"] == 0.0


def test_the_conflict_probability_reads_neither_the_larger_side_nor_figures_in_one_claim():
    assert decision.SAYS_MORE_FEATURES["content_1gram_max"] == "content_1gram_min"
    assert "numbers_one_side" in decision.CLASH_FEATURES
    features = {name: 0.0 for name in decision.FEATURES}
    features.update(content_1gram_min=0.5, content_1gram_max=0.5)
    p_dup, p_same = decision.probabilities(features, semantic=False)
    assert p_dup == p_same
    features["numbers_one_side"] = 1.0
    p_dup2, p_same2 = decision.probabilities(features, semantic=False)
    assert p_same2 == p_same and p_dup2 < p_dup  # the fitted weight is negative; p_same ignores it


def test_a_figure_clash_with_more_said_stays_a_conflict():
    c = compare("The earthquake killed 40 people.",
                "The earthquake that struck the region on Monday killed 45 people, officials said.")
    assert c.relation == "conflict"
    assert "content_1gram_min" in c.features and "numbers_one_side" in c.features
