"""One count of the dead and the same count of people hurt (in critical condition, in hospital,
wounded) are two facts, not one (helper not105)."""

from workbench.core.match.compare import compare
from workbench.core.match.exclusive_sorts import _dead_and_hurt


def test_dead_against_hurt_is_read_one_way_only() -> None:
    assert _dead_and_hurt((frozenset({"kill", "peopl"}), frozenset({"critical", "remain", "peopl"})))
    assert not _dead_and_hurt((frozenset({"die", "injur"}), frozenset({"kill"})))  # died of their injuries
    assert not _dead_and_hurt((frozenset({"die"}), frozenset({"remain", "hospital", "die"})))


def test_killed_and_critical_condition_are_two_counts() -> None:
    a = "At least 21 people were killed in the Dhaka factory fire, police said."
    assert compare(a, "At least 21 people were in critical condition after the Dhaka factory fire, police said.").relation \
        != "duplicate"
    assert compare("At least 40 people died in the stampede in Kinshasa, officials said.",
                   "At least 40 people remained in hospital after the stampede in Kinshasa, officials said.").relation \
        != "duplicate"
    assert compare(a, "Police said the Dhaka factory fire killed at least 21 people.").relation == "duplicate"


def test_hurt_told_two_ways_stays_one_fact() -> None:
    assert compare("Eleven workers were injured in the blast at the Tema refinery.",
                   "Eleven workers were hurt in the blast at the Tema refinery.").relation == "duplicate"
