"""The figure rulebook: one number-word parser, one hedge table, one comparison, read alike by
extraction, matching and the window."""

from __future__ import annotations

import ast
import importlib
import math
import re
from pathlib import Path

import pytest
from conftest import ROOT

from workbench.core.figures import compare, dates, fallback, number_slips, numbers, rules, words
from workbench.core.figures.compare import FigureRow, bounds, compare_figures
from workbench.core.figures.fallback import fallback_quantities, quantities_of
from workbench.core.figures.numbers import find_quantities
from workbench.core.figures.rules import Hedge, hedged_bounds, is_shown_figure
from workbench.core.figures.words import NUMBER_TOKEN_RE, parse_number_words, token_value
from workbench.core.match.normalize import normalize

CORE = ROOT / "workbench" / "core"


def one(found):
    assert len(found) == 1, found
    return found[0]


# -- one hedge convention -----------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "low", "high"), [
    ("nearly 500 people", 450, 500),
    ("almost 500 people", 450, 500),
    ("up to 500 people", None, 500),
    ("as many as 500 people", None, 500),
    ("fewer than 500 people", None, 500),
    ("more than 500 people", 500, None),
    ("at least 500 people", 500, None),
    ("about 500 people", 450, 550),
])
def test_extraction_and_the_fallback_reader_give_a_hedge_the_same_bounds(phrase, low, high):
    extracted = one(find_quantities(phrase))
    fallen_back = one(fallback_quantities(phrase))
    assert (extracted.low, extracted.high) == pytest.approx((low, high))
    assert (fallen_back.low, fallen_back.high) == pytest.approx((low, high))
    assert extracted.approximate and fallen_back.approximate
    # and matching compares them as the same range
    assert bounds(extracted) == pytest.approx(bounds(fallen_back))


def test_nearly_is_ninety_to_one_hundred_percent_everywhere():
    assert hedged_bounds(500, Hedge.BELOW) == pytest.approx((450, 500))
    assert hedged_bounds(500, rules.hedge_of("Nearly")) == pytest.approx((450, 500))
    assert bounds(one(quantities_of("Nearly 500 people died"))) == pytest.approx((450, 500))


def test_up_to_is_open_below_and_compares_from_zero():
    q = one(find_quantities("up to 300 soldiers"))
    assert (q.low, q.high) == (None, 300)
    assert bounds(q) == (0.0, 300.0)


def test_more_than_compares_to_infinity():
    assert bounds(one(fallback_quantities("more than 300 people")))[1] == math.inf
    assert bounds(one(find_quantities("more than 300 people")))[1] == math.inf


def test_every_hedge_has_a_kind_and_bounds():
    for phrase, hedge in rules.HEDGES.items():
        assert rules.hedge_of(phrase.upper()) is hedge
        low, high = hedged_bounds(100.0, hedge)
        assert (low is None or low <= 100) and (high is None or high >= 100)


def test_vague_magnitudes_are_opened_by_a_hedge():
    assert rules.vague_bounds("hundreds") == (200, 999)
    assert rules.vague_bounds("hundreds", Hedge.OVER) == (200, None)
    assert rules.vague_bounds("Tens  of thousands", Hedge.UP_TO) == (None, 99_999)


# -- one number-word parser ---------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "value"), [
    ("three hundred", 300), ("twenty-five thousand", 25_000), ("one hundred and twenty", 120),
    ("half a million", 500_000), ("one and a half million", 1_500_000), ("a and a half million", 1_500_000),
    ("a dozen", 12), ("two dozen", 24), ("a three", 3), ("a million", 1_000_000), ("five lakh", 500_000),
    ("two crore", 20_000_000), ("half", 0.5), ("a", None), ("an", None), ("banana", None), ("", None),
])
def test_the_one_number_word_parser(phrase, value):
    assert parse_number_words(phrase) == value


@pytest.mark.parametrize(("text", "value"), [
    ("one and a half million people", 1_500_000), ("half a million people", 500_000),
    ("three hundred soldiers", 300), ("a dozen soldiers", 12),
])
def test_extraction_and_matching_read_number_words_alike(text, value):
    assert one(find_quantities(text)).value == value
    assert normalize(text).numbers == [str(value)]
    m = NUMBER_TOKEN_RE.search(text)
    assert m is not None and token_value(m) == value


def test_there_is_one_number_word_parser_and_one_word_table():
    """No module outside figures/words.py defines a number-word table or parser."""
    tables = re.compile(r'"(?:twenty|nineteen)": (?:20|19)\b')
    offenders = []
    for path in (ROOT / "workbench").rglob("*.py"):
        if path.name == "words.py" and path.parent.name == "figures":
            continue
        source = path.read_text("utf-8")
        if tables.search(source):
            offenders.append(f"{path.relative_to(ROOT)}: a number-word table")
        tree = ast.parse(source)
        names = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names & {"words_to_number", "parse_number_words"}]
    assert offenders == []
    normalize_module = importlib.import_module("workbench.core.match.normalize")
    assert not hasattr(normalize_module, "words_to_number")


# -- one comparison -----------------------------------------------------------------------------

def test_compare_figures_lives_in_the_core_and_flags_incompatible_pairs():
    hundreds = [{"text": "hundreds of soldiers", "value": None, "low": 200, "high": 999, "approximate": True,
                 "counted": "soldiers"}]
    dozens = [{"text": "dozens of soldiers", "value": None, "low": 24, "high": 99, "approximate": True,
               "counted": "soldiers"}]
    assert compare_figures(hundreds, dozens) == [FigureRow("hundreds of soldiers", "dozens of soldiers", False)]
    assert compare_figures(hundreds, []) == [FigureRow("hundreds of soldiers", None, True)]
    assert compare_figures(None, None) == []


def test_the_window_uses_the_core_comparison():
    source = (ROOT / "workbench/ui/views/similar_claims.py").read_text("utf-8")
    assert "def compare_figures" not in source and "pair_figures" not in source
    assert "from workbench.core.figures import compare_figures" in source


MODULE_ALIASES = {"fig", "figures", "numbers", "rules", "words", "normalize", "compare", "stems", "vocab"}


def test_no_module_reaches_into_another_modules_private_names():
    offenders = []
    for path in (ROOT / "workbench").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("workbench"):
                offenders += [f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")
                              and not a.name.startswith("__")]
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                    and isinstance(node.value, ast.Name) and node.value.id in MODULE_ALIASES):
                offenders.append(f"{path.name}: {node.value.id}.{node.attr}")
    assert offenders == []


def test_figures_modules_stay_small_and_below_match_and_extract():
    for module in (words, rules, numbers, dates, number_slips, fallback, compare):
        assert module.__file__ is not None
        source = Path(module.__file__).read_text("utf-8")
        path = module.__file__
        assert source.count("\n") < 600, path
        tree = ast.parse(source)
        imported = {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        core = {m for m in imported if m.startswith("workbench.")}
        assert all(m.startswith(("workbench.core.figures", "workbench.core.language", "workbench.core.model",
                                 "workbench.core.text_caches", "workbench.core.vocab")) for m in core), (path, core)
    assert not (CORE / "match" / "figures.py").exists()


# -- vague durations (issue 12, item 4) ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The talks lasted a few days.", "Fighting went on for several weeks.", "They waited for hours.",
    "Several crucial minutes passed.", "It took dozens of years.", "For a couple of months nothing moved.",
])
def test_vague_durations_are_not_figures(text):
    assert find_quantities(text) == []
    assert quantities_of(text) == []


@pytest.mark.parametrize(("text", "unit"), [
    ("He was held for 48 hours.", "hours"), ("The march took three days.", "days"),
    ("Prices rose 5 percent.", "%"), ("They paid $2 million.", "USD"), ("The convoy drove 40 km.", "km"),
])
def test_exact_durations_money_percent_and_measures_are_figures(text, unit):
    q = one(find_quantities(text))
    assert q.unit == unit and is_shown_figure(q)


def test_which_figures_get_a_chip():
    assert is_shown_figure(one(find_quantities("some 500,000 people fled")))
    assert is_shown_figure(one(find_quantities("hundreds of soldiers")))
    # a project made by an older version stored "a few days" as a quantity: no chip for it
    stored = {"text": "a few days", "value": None, "low": 2, "high": 5, "approximate": True, "unit": "days"}
    assert not is_shown_figure(stored)
    assert not is_shown_figure({"text": "2014", "value": 2014, "low": 2014, "high": 2014, "unit": "year"})


def test_sums_in_two_currencies_compare_by_magnitude():
    """'£1.7m' and '$160 million' cannot be one sum; '£1.7m' and '$2.2 million' can (rough rates,
    CURRENCY_BAND either way); a currency without a rate is never paired."""
    pounds = one(find_quantities("worth £1.7m"))
    assert compare.pair_figures([pounds], [one(find_quantities("worth $160 million"))]).clear_conflicts
    assert compare.pair_figures([pounds], [one(find_quantities("worth $2.2 million"))]).agreements
    yen = one(find_quantities("worth 200 million yen"))
    assert compare.pair_figures([one(find_quantities("worth $1.5 million"))], [yen]).agreements
    assert compare.pair_figures([one(find_quantities("worth $150 million"))], [yen]).conflicts
    francs = one(find_quantities("worth 2 million francs"))  # francs of no named country: no rate
    assert francs.unit == "franc" and "franc" not in rules.USD_PER_UNIT
    check = compare.pair_figures([pounds], [francs])
    assert not check.pairs and check.unpaired_a == [pounds]
