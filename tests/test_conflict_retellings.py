"""Retellings of one conflict fact that matching read as two (helper recall2, found on the wire,
bulletin and newsroom generators, checked here on invented sentences): a place named in two
languages or renamed, a number word with one letter typed for another, a four-digit count before
a plural read as a year, and one figure counting one kind of thing named two ways."""

from __future__ import annotations

import pytest

from workbench.core.figures import pair_figures, quantities_of
from workbench.core.figures.number_slips import respell
from workbench.core.language.place_names_table import place_alias
from workbench.core.match.compare import compare


@pytest.mark.parametrize("a, b", [("Aleppo", "Halab"), ("Shire", "Inda Selassie"), ("Bakhmut", "Artemovsk"),
                                  ("Sittwe", "Akyab"), ("Stepanakert", "Khankendi"), ("Dnipro", "Dnipropetrovsk")])
def test_two_names_of_one_place(a: str, b: str) -> None:
    assert place_alias(a) == place_alias(b)


def test_a_place_named_in_its_own_language_is_no_other_place() -> None:
    c = compare("Rebels detained five civilians in Shire on 15 June.",
                "Five civilians were detained by rebels in Inda Selassie on June 15.")
    assert c.relation == "duplicate"
    assert not any("different places" in r for r in c.reasons)
    other = compare("Rebels detained five civilians in Shire on 15 June.",
                    "Five civilians were detained by rebels in Mekelle on June 15.")
    assert any("different places" in r for r in other.reasons)


@pytest.mark.parametrize("slip, meant", [("one handred trucks", "one hundred trucks"),
                                         ("three thousamd people", "three thousand people"),
                                         ("fifteln hundred children", "fifteen hundred children"),
                                         ("two millyon dollars", "two million dollars")])
def test_one_letter_typed_for_another_in_a_long_number_word(slip: str, meant: str) -> None:
    assert respell(slip)[0] == meant


@pytest.mark.parametrize("text", ["It was the seventh attack this year.", "The eighth convoy left.",
                                  "He sold one tree and four cows."])
def test_words_of_their_own_are_no_slips(text: str) -> None:
    assert respell(text)[0] == text


@pytest.mark.parametrize("text, counted", [("2000 non-combatants were allowed back.", "non-combatants"),
                                           ("Officials said 2000 air strikes hit the city.", "air strikes"),
                                           ("2000 vehicles were seized.", "vehicles")])
def test_a_four_digit_figure_before_a_plural_counts(text: str, counted: str) -> None:
    (q,) = quantities_of(text)
    assert q.value == 2000 and q.unit is None and q.counted == counted


@pytest.mark.parametrize("text", ["The 2008 financial crisis hit the banks.", "Italy's 2018 general elections",
                                  "They watched the 2012 Indianapolis Colts.", "It was the 2008 crisis."])
def test_a_year_before_a_noun_stays_a_year(text: str) -> None:
    (q,) = quantities_of(text)
    assert q.unit == "year"


@pytest.mark.parametrize("a, b", [("7 airstrikes hit the town on June 11.", "seven air raids struck the town on June 11."),
                                  ("The army fired 35 mortar rounds on June 17.", "Thirty-five artillery shells landed on June 17.")])
def test_one_kind_named_two_ways_is_one_figure(a: str, b: str) -> None:
    check = pair_figures(quantities_of(a), quantities_of(b))
    assert check.agreements and not check.unpaired_a and not check.unpaired_b


def test_two_kinds_stay_two_figures() -> None:
    check = pair_figures(quantities_of("The army fired 7 rockets on June 11."),
                         quantities_of("The army fired 7 drones on June 11."))
    assert not check.pairs


def test_the_kind_is_what_the_figure_counts() -> None:
    check = pair_figures(quantities_of("420 suspected cholera cases were recorded on 3 March."),
                         quantities_of("420 cholera deaths were recorded on 3 March."))
    assert not check.pairs
