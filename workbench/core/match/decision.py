"""The learned, calibrated decision: features of a pair -> probability that it is one statement.

A logistic regression (coefficients in data/decision-v4.json, fitted by benchmarks/train_decision.py
on the dev data only: MRPC train + dev) over the semantic cosine, lexical scores (of the normalised
claims and of the raw wording, including the word 1- and 2-gram overlap of the wording and the
shared content words: `pair_features`), figure and date agreement, figures written in one claim
only, negation and opposite outcomes. Two fitted variants share the features: `semantic`
(with the cosine) and `lexical` (without it, for when the model is off or absent), so both paths
are calibrated. Thresholds for suggesting and auto-linking are set on the probability.

Two probabilities are used: `p_same` (the same statement shape, figure/date/negation clashes
and what one claim says more left out: "300 advisers" / "3,000 advisers" say the same thing with another figure) decides
whether a clash is a *conflict*; `p_dup` (everything counted) decides *duplicate*.

A duplicate is exactly `p_dup >= threshold("duplicate")` (0.5, the intercept is fitted so): when
knowledge forbids a duplicate (a clear clash, another fact), the probability shown is scaled below
it (`below_duplicate`), so relation, probability and score never disagree.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from workbench.core.vocab import Relation

#: Feature names, in the order of the coefficient vectors.
FEATURES = [
    "cosine", "lexical", "lexical_shown", "token_set", "figures_agree", "figures_conflict",
    "figures_unpaired", "dates_agree", "dates_conflict", "negation_clash", "opposite_outcome",
    "names_unmatched", "length_ratio", "char_4grams", "bigrams", "cosine_x_lexical", "event_one_side",
    "ratio", "partial_ratio", "token_sort",
    "wording_1gram_min", "wording_1gram_max", "wording_2gram_min", "wording_2gram_max",
    "content_1gram_min", "content_1gram_max", "numbers_one_side",
]
#: The coefficient file this code reads; its "version" must match.
VERSION = 4
FILE = f"data/decision-v{VERSION}.json"
#: Features that describe a clash; left at 0 for `p_same`. Figures written in one claim only
#: count a figure clash too ("300 advisers" / "3,000 advisers": one statement, another figure).
CLASH_FEATURES = ("figures_conflict", "dates_conflict", "negation_clash", "opposite_outcome", "numbers_one_side")
#: Features that tell whether one claim says more than the other (shared word n-grams over the
#: larger side); for `p_same` they take the value over the smaller side, as if neither said more:
#: "Police arrested 12 men." / "Police arrested 15 men after the protest in the city centre." state
#: one thing with two figures, a conflict, though the second says more (which MRPC's paraphrases weigh).
SAYS_MORE_FEATURES = {**{f"wording_{n}gram_max": f"wording_{n}gram_min" for n in (1, 2)},
                      "content_1gram_max": "content_1gram_min"}


@dataclass
class Model:
    version: int
    coef: dict[str, list[float]]  # variant -> weights (FEATURES order) + intercept last
    thresholds: dict[str, float]
    trained_on: str


@lru_cache(maxsize=1)
def model() -> Model:
    raw = json.loads(resources.files("workbench.core.match").joinpath(FILE).read_text("utf-8"))
    if raw.get("version") != VERSION or raw.get("features") != FEATURES:
        raise RuntimeError(f"{FILE} is not version {VERSION} or was fitted on other features; "
                           "rerun benchmarks/train_decision.py")
    return Model(version=int(raw["version"]), coef=raw["coef"], thresholds=raw["thresholds"],
                 trained_on=str(raw.get("trained_on", "")))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0


def probabilities(features: dict[str, float], *, semantic: bool) -> tuple[float, float]:
    """(p_dup, p_same) of a pair's features by name (`probabilities_of` on them in model order)."""
    get = features.get
    return probabilities_of([get(name) or 0.0 for name in FEATURES], semantic=semantic)


def probabilities_of(x: Sequence[float], *, semantic: bool) -> tuple[float, float]:
    """(p_dup, p_same) of the features in model order (`FEATURES`): compared pairs are many, so
    no dictionary per pair. The sums run in model order (a zero feature adds an exact 0), so a
    pair's probabilities are the same to the last bit whichever way its features come."""
    w = _weights(semantic)
    z = 0.0
    for wk, v in zip(w, x, strict=False):  # the intercept, last in `w`, has no feature
        z += wk * v
    clash = 0.0
    for k, twin in _CLASH_PLAN:
        clash += w[k] * (x[k] if twin < 0 else x[k] - x[twin])
    return _sigmoid(z + w[-1]), _sigmoid(z - clash + w[-1])


@lru_cache(maxsize=2)
def _weights(semantic: bool) -> tuple[float, ...]:
    return tuple(float(v) for v in model().coef["semantic" if semantic else "lexical"])


#: What `p_same` leaves out, in model order: (position, -1) for a clash feature, (position, its
#: over-the-smaller-side twin's position) for a says-more feature (it counts as its twin).
_CLASH_PLAN = [(k, -1 if name in CLASH_FEATURES else FEATURES.index(SAYS_MORE_FEATURES[name]))
               for k, name in enumerate(FEATURES) if name in CLASH_FEATURES or name in SAYS_MORE_FEATURES]


def threshold(name: str) -> float:
    return float(model().thresholds[name])


@lru_cache(maxsize=1)
def cut_points() -> tuple[float, float, float]:
    """The (related, conflict, duplicate) thresholds, read once (`threshold` of each)."""
    return threshold("related"), threshold(Relation.CONFLICT.value), threshold(Relation.DUPLICATE.value)


def below_duplicate(p: float) -> float:
    """The probability shown when knowledge forbids a duplicate: scaled into [0, threshold), so
    it stays below a duplicate and such pairs keep their order (a close conflict above a far one)."""
    return p * (cut_points()[2] - 0.001)


def vector(features: dict[str, Any]) -> list[float]:
    """The features in model order (for training)."""
    return [float(features.get(n, 0.0)) for n in FEATURES]
