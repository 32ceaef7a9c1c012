"""Facts told with another verb (helper dup125, sets 125-128 read): someone blamed for a deed told by
a gerund was accused of it, instability or unrest sown in a place is the place destabilised, powers
assumed are exercised; blame for a thing, seeds sown, office assumed stay as written."""

from __future__ import annotations

from workbench.core.language.told_otherwise import rewrite_told_otherwise
from workbench.core.match.compare import compare


def _told(text: str) -> str:
    return rewrite_told_otherwise(text, [])


def test_phrases_are_written_one_way() -> None:
    assert _told("Police blamed a local gang for setting fire to the market.") \
        == "Police accused a local gang of setting fire to the market."
    assert _told("The ministry blames the opposition for spreading rumours.") \
        == "The ministry accuses the opposition of spreading rumours."
    assert _told("The junta accused France of trying to sow instability in the Sahel.") \
        == "The junta accused France of trying to destabilise the Sahel."
    assert _told("The council will assume the powers of the senate.") == "The council will exercise the powers of the senate."
    assert _told("The army assumed executive powers.") == "The army exercised executive powers."
    # stays: blame for a thing or a noun in -ing, seeds sown, office or control assumed
    for text in ("The coach blamed the referee for the defeat.", "He blamed the heat for everything.",
                 "Farmers sowed wheat in the north.", "The vice-president assumed office.",
                 "The army assumed control of the capital."):
        assert _told(text) == text


def test_duplicates_told_with_another_verb() -> None:
    assert compare("Police blamed a local gang for setting fire to the market.",
                   "Police accused a local gang of setting fire to the market.").relation == "duplicate"
    assert compare("The Nicaraguan president blamed foreign agents for trying to sow instability in the country.",
                   "Ortega accused foreign agents of attempting to destabilise Nicaragua.").relation == "duplicate"
    assert compare("The interim council will assume the powers of the dissolved senate until the election.",
                   "Until the election, the powers of the dissolved senate will be exercised by the interim council.") \
        .relation == "duplicate"


def test_hard_negatives_keep_their_answer() -> None:
    assert compare("The Sudanese army blamed the paramilitaries for shelling the hospital.",
                   "The paramilitaries accused the Sudanese army of shelling the hospital.").relation != "duplicate"
    assert compare("The regional assembly will assume the powers of the governor.",
                   "The governor will assume the powers of the regional assembly.").relation != "duplicate"
    assert compare("The opposition blamed the government for the fuel shortages.",
                   "The government blamed the opposition for the fuel shortages.").relation != "duplicate"
