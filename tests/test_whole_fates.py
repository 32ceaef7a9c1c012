"""A whole group all saved against none saved is a conflict; two readings of one fate agree, and
part of a group saved or lost tells no whole fate (helper opp101)."""

from workbench.core.match.compare import compare
from workbench.core.match.whole_fates import fates_agree, fates_apart, whole_fate


def test_whole_fate_reads_all_and_none() -> None:
    assert whole_fate("Italian coast guards rescued all 40 migrants from a dinghy off Lampedusa.") == "lived"
    assert whole_fate("All 12 miners trapped in the Zonguldak mine were rescued alive.") == "lived"
    assert whole_fate("There were no survivors after the light aircraft crashed.") == "died"
    assert whole_fate("All 30 crew of the trawler perished when it sank.") == "died"
    assert whole_fate("Rescuers saved 40 migrants off Lampedusa.") is None
    assert whole_fate("Almost all of the passengers survived.") is None
    assert whole_fate("All parties condemned the attack that killed 40 people.") is None


def test_all_saved_against_none_survived_conflicts() -> None:
    a = "Italian coast guards rescued all 40 migrants from a dinghy off Lampedusa on Tuesday."
    b = "No one survived when a dinghy carrying 40 migrants sank off Lampedusa on Tuesday."
    assert fates_apart(a, b)
    assert compare(a, b).relation == "conflict"
    r = compare("All 30 crew of the trawler perished when it sank in the Bering Sea.",
                "The US coast guard saved all 30 crew of the trawler that sank in the Bering Sea.")
    assert r.relation == "conflict"


def test_one_fate_told_twice_is_no_denial() -> None:
    a = "All 25 hikers were rescued after the avalanche near Zermatt, police said."
    b = "No one was killed in the avalanche near Zermatt, police said, and all 25 hikers were rescued."
    assert fates_agree(a, b)
    assert compare(a, b).relation != "conflict"
    r = compare("Rescuers saved 40 migrants off Lampedusa on Tuesday.", "Ten migrants died off Lampedusa on Tuesday.")
    assert r.relation != "conflict"


def test_people_drowned_are_no_people_rescued() -> None:
    """"Drowned" is a death (`verbs`): a count drowned is not the same count rescued, and is the
    same count died (stop 52)."""
    assert compare("The coast guard rescued 27 migrants off Lampedusa.",
                   "27 migrants drowned off Lampedusa.").relation != "duplicate"
    assert compare("Rescuers pulled 27 migrants from the sea off Lampedusa.",
                   "27 migrants drowned off Lampedusa.").relation != "duplicate"
    assert compare("At least 27 migrants drowned off Lampedusa.",
                   "At least 27 migrants died off Lampedusa.").relation == "duplicate"
