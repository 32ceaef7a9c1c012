"""Units named by an ordinal ("the 11th Circuit" / "the 8th Circuit") are two doers, not one fact;
the same unit told with a word or a digit ordinal, or with a longer name, stays one."""

from workbench.core.match.compare import compare
from workbench.core.match.ordinal_units import ordinal_units, ordinal_units_apart


def test_two_courts_named_by_ordinals_are_two_facts() -> None:
    c = compare("The 5th Circuit Court of Appeals blocked the rule on Friday.",
                "The 9th Circuit Court of Appeals blocked the rule on Friday.")
    assert c.relation == "related"
    assert any("ordinals" in r for r in c.reasons)


def test_two_divisions_and_two_fleets_are_apart() -> None:
    assert ordinal_units_apart("The 82nd Airborne Division deployed 3,000 troops.",
                               "The 101st Airborne Division deployed 3,000 troops.")
    assert ordinal_units_apart("The US Fifth Fleet intercepted two drones.", "The US Sixth Fleet intercepted two drones.")


def test_one_unit_told_two_ways_stays_a_duplicate() -> None:
    assert ordinal_units_apart("The US Fifth Fleet reported the seizure.", "The seizure was reported by the 5th Fleet.") is None
    assert ordinal_units_apart("The 8th Circuit upheld the ban.", "The 8th U.S. Circuit Court of Appeals upheld the ban.") is None
    c = compare("The 8th Circuit upheld the ban on Tuesday.", "The 8th U.S. Circuit Court of Appeals upheld the ban on Tuesday.")
    assert c.relation == "duplicate"


def test_a_day_and_a_series_are_no_units() -> None:
    assert ordinal_units("Talks opened on the 3rd March in Geneva.") == ()
    assert ordinal_units("The third round of talks opened.") == ()  # a series (`figures.ordinals`), not a name
    assert ordinal_units("Troops of the 3rd Brigade and the Fifth Fleet.") == ((3, frozenset({"brigade"})), (5, frozenset({"fleet"})))
