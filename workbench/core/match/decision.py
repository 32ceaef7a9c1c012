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
    """(p_dup, p_same) in one pass over the features (compared pairs are many)."""
    w = model().coef["semantic" if semantic else "lexical"]
    get = features.get
    z = clash = 0.0
    for k, name, is_clash, smaller in _PLAN:
        v = get(name)
        if v:
            x = w[k] * v
            z += x
            if is_clash:
                clash += x
        if smaller is not None:
            clash += w[k] * ((v or 0.0) - get(smaller, 0.0))
    return _sigmoid(z + w[-1]), _sigmoid(z - clash + w[-1])


#: Per feature, in model order: (position, name, a clash feature?, its over-the-smaller-side twin).
_PLAN = [(k, name, name in CLASH_FEATURES, SAYS_MORE_FEATURES.get(name)) for k, name in enumerate(FEATURES)]


def threshold(name: str) -> float:
    return float(model().thresholds[name])


def below_duplicate(p: float) -> float:
    """The probability shown when knowledge forbids a duplicate: scaled into [0, threshold), so
    it stays below a duplicate and such pairs keep their order (a close conflict above a far one)."""
    return p * (threshold(Relation.DUPLICATE.value) - 0.001)


def vector(features: dict[str, Any]) -> list[float]:
    """The features in model order (for training)."""
    return [float(features.get(n, 0.0)) for n in FEATURES]
