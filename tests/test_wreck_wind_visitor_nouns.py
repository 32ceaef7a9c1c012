"""Debris and wreckage, gusts and winds, tourists and visitors are one thing told two ways
(`language.synonyms.NOUN_SYNONYMS`; helper dup142)."""

from workbench.core.match.compare import compare


def test_gusts_are_winds() -> None:
    c = compare("Strong gusts from the storm toppled trees across the capital, forecasters said.",
                "Powerful winds from the storm brought down trees across the capital.")
    assert c.relation == "duplicate"


def test_debris_is_wreckage_and_tourists_are_visitors() -> None:
    c = compare("Rear Admiral Tom Hale said the debris was consistent with a catastrophic explosion of the tanker.",
                "The wreckage found on the seabed pointed to a catastrophic explosion of the ship, Rear Admiral Tom Hale said.")
    assert c.relation == "duplicate"
    c = compare("About 2,000 tourists were stranded at the airport, according to airport officials.",
                "Some 2,000 visitors were stuck at the airport, officials said.")
    assert c.relation == "duplicate"
    # two counts of visitors and pilgrims stay two
    c = compare("About 2,000 tourists were stranded at the airport.", "About 2,000 pilgrims were stranded at the airport.")
    assert c.relation != "duplicate"
