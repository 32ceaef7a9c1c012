"""Paraphrase features of two normalised claims that the decision reads besides the wording.

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
