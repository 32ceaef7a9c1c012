""""Sealed off" is "cordoned off"; a place "cleared of people" was evacuated (helper dupa105)."""

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewritten


def test_cordoned_off_and_cleared_of_people() -> None:
    assert rewritten("The port was cordoned off.")[0] == rewritten("The port was sealed off.")[0]
    assert "evacuat" in rewritten("The beach was cleared of people.")[0]
    assert "evacuat" not in rewritten("The court cleared the minister of corruption charges.")[0]


def test_place_closed_told_two_ways_is_one_fact() -> None:
    r = compare("Authorities evacuated a nearby market and sealed off the harbour area after the fire.",
                "Following the fire, the market near the harbour was cleared of people and the harbour zone was cordoned off, "
                "officials said.")
    assert r.relation == "duplicate"
