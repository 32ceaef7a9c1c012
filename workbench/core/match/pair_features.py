"""Paraphrase features of two normalised claims that the decision reads: the wording overlaps of
two `claim_view.ClaimView`s (`overlaps`, `surface_scores`, `wording_overlaps`, kept here so that
`compare` holds the decision's steps, not its arithmetic) and, besides the wording:

Two cheap counts over what `normalize` already gives, each a question an analyst asks of two
claims from different outlets:

- **content words shared** (`content_1gram_min` / `_max`): the content tokens (stop words and
  reporting verbs dropped, light stems, number words folded) both claims use, over the smaller
  and over the larger claim's count. The wording n-grams count function words and order too; the
  weighted alignment (`lexical`) gives names more weight and pairs spelling variants. Plain
  shared content words over each side say "is one claim's content inside the other" and "does one
  say more", which MRPC's paraphrase judgements weigh. As with the wording features, `p_same`
  (is it a conflict?) reads the larger-side value as the smaller-side one
  (`decision.SAYS_MORE_FEATURES`).
- **figures written in one claim only** (`numbers_one_side`): canonical numbers ("500000", "6.1")
  in one claim and not in the other, 0-3 scaled to 0-1. Two accounts that give different or
  extra figures rarely state the same fact in the same way; `figures_unpaired` only says
  whether any figure went unpaired. A figure clash counts here as well, so `p_same` leaves this
  feature out like the clash features (`decision.CLASH_FEATURES`): "300 advisers" / "3,000
  advisers" is one statement with another figure.

Measured (benchmarks/train_decision.py, decision v4): MRPC 10-fold CV 0.762 -> 0.765,
train -> dev 0.748 -> 0.754; see docs/matching.md.
"""

from __future__ import annotations

from collections.abc import Collection, Set
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

if TYPE_CHECKING:  # the views are `compare`'s, which reads these features
    from workbench.core.match.claim_view import ClaimView
    from workbench.core.match.normalize import Normalized

#: Figures written in one claim only are counted up to this many.
MAX_ONE_SIDE = 3


def pair_features(tokens_a: Set[str], tokens_b: Set[str], numbers_a: Collection[str],
                  numbers_b: Collection[str]) -> dict[str, float]:
    """`content_1gram_min`, `content_1gram_max` and `numbers_one_side` of two normalised claims,
    from their token sets (`Normalized.tokens` as sets) and number tokens (`Normalized.numbers`).
    Sets in, so a caller holding per-claim sets pays no copy per pair."""
    return dict(zip(NAMES, pair_feature_values(tokens_a, tokens_b, numbers_a, numbers_b), strict=True))


#: The features `pair_feature_values` gives, in its order (the decision model's order too).
NAMES = ("content_1gram_min", "content_1gram_max", "numbers_one_side")


def pair_feature_values(tokens_a: Set[str], tokens_b: Set[str], numbers_a: Collection[str],
                        numbers_b: Collection[str]) -> tuple[float, float, float]:
    """`pair_features`' values in `NAMES` order, without a dictionary (a comparison's hot path)."""
    shared = len(tokens_a & tokens_b)
    la, lb = len(tokens_a), len(tokens_b)
    one_side = len(set(numbers_a) ^ set(numbers_b)) if numbers_a or numbers_b else 0
    return (shared / max(1, min(la, lb)), shared / max(1, la, lb),
            min(MAX_ONE_SIDE, one_side) / MAX_ONE_SIDE)


def overlaps(va: ClaimView, vb: ClaimView) -> tuple[float, float]:
    """Character 4-gram Jaccard and word-bigram overlap of the normalised texts (word order)."""
    ga, gb = va.grams, vb.grams
    ba, bb = va.bigrams, vb.bigrams
    shared = len(ga & gb)
    return shared / max(1, len(ga) + len(gb) - shared), len(ba & bb) / max(1, min(len(ba), len(bb)))


def surface_scores(va: ClaimView, vb: ClaimView, na: Normalized, nb: Normalized) -> tuple[float, float, float]:
    """rapidfuzz ratio, partial_ratio and token_sort_ratio (0-1): how much of the wording, function
    words and order included, the two claims share. ratio and token_sort take the raw texts (without
    their reporting frames) or, when higher, the normalised ones ("500,000" / "half a million");
    partial_ratio, the costly one, the raw texts only. token_sort_ratio is `ratio` of the views'
    words sorted once per claim (`scoring.sorted_words`: the same value)."""
    sa, sb = va.surface, vb.surface
    ratio = fuzz.ratio
    return (max(ratio(sa, sb), ratio(na.text, nb.text)) / 100, fuzz.partial_ratio(sa, sb) / 100,
            max(ratio(va.surface_sorted, vb.surface_sorted), ratio(va.text_sorted, vb.text_sorted)) / 100)


def wording_overlaps(va: ClaimView, vb: ClaimView, na: Normalized, nb: Normalized) -> tuple[float, ...]:
    """Shared word n-grams of the two wordings over the smaller and over the larger side's count:
    the pair of them says both how much is shared and whether one claim says more (what MRPC's
    paraphrase judges weigh). 3-grams were tried: MRPC CV 0.764 instead of 0.760, but they cost
    the product the claims that say one thing in other words ("Some 500,000 people fled their homes" /
    "Half a million Iraqis have fled" fell below a duplicate). The shared content words and the
    figures in one claim only come with them (`pair_features`, decision v4). In model order:
    wording 1-gram min, max, 2-gram min, max, then `pair_features.NAMES`."""
    (a1, a2), (b1, b2) = va.word_grams, vb.word_grams
    s1, s2 = len(a1 & b1), len(a2 & b2)
    la1, lb1, la2, lb2 = len(a1), len(b1), len(a2), len(b2)
    return (s1 / max(1, min(la1, lb1)), s1 / max(1, la1, lb1), s2 / max(1, min(la2, lb2)), s2 / max(1, la2, lb2),
            *pair_feature_values(va.tokens, vb.tokens, na.numbers, nb.numbers))
