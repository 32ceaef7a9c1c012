"""A place named with "of" and no article ("Port of Spain", "Bay of Plenty") is one name, and a
capital is a town whatever its words: two such places are two facts; one place told two ways is one."""

from workbench.core.match.compare import compare
from workbench.core.match.place_names import places, places_differ


def test_a_name_joined_by_of_is_read_whole() -> None:
    assert places("Gunmen shot two men in Port of Spain on Friday.") == ("Port of Spain",)
    assert places("Rain closed 12 schools in Bay of Plenty on Monday.") == ("Bay of Plenty",)
    assert places_differ("Port of Spain", "Arima") is not None


def test_two_places_so_named_are_two_facts() -> None:
    c = compare("Gunmen shot two men dead in Port of Spain on the night before the curfew began.",
                "Gunmen shot two men dead in Arima a day after the curfew began.")
    assert c.relation != "duplicate"
    assert any(r.startswith("different places: Port of Spain / Arima") for r in c.reasons)
    c = compare("Rain closed 12 schools in Bay of Plenty on Monday.", "Rain closed 12 schools in Bay of Islands on Monday.")
    assert c.relation != "duplicate"


def test_one_place_told_two_ways_stays_one() -> None:
    for a, b in (("Gunmen shot two men dead in Port of Spain, the capital, on Friday.",
                  "Gunmen shot two men dead in the capital on Friday."),
                 ("A ferry ran aground near Isle of Mull on Tuesday, stranding 150 passengers.",
                  "A ferry carrying 150 passengers ran aground off Mull on Tuesday.")):
        c = compare(a, b)
        assert not any(r.startswith("different places") for r in c.reasons), (a, b)
        assert c.relation == "duplicate", (a, b)
    # a capital and its country named by a part of its name: no two places (the names rule's business else)
    assert places_differ("Port of Spain", "Trinidad") is None
