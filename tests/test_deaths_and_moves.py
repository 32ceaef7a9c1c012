"""Deaths are no injuries ("died", "lost their lives", "the death toll" against "were injured":
`knowledge.EVENT_VERBS` "die", kin of "kill"), and a currency that slid, lost, gained or climbed
moved one way or the other (`opposites.OPPOSITES`; "slid" is read as "slide")."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize(("a", "b"), [
    ("On Sept. 6, floods in Sylhet left 150 people injured.", "150 people died in flooding in Sylhet on September 6."),
    ("From forty to sixty residents lost their lives in flooding in Sind on September 5.",
     "Floods wounded from 40 to 60 villagers in Sindh on September 5."),
])
def test_deaths_and_injuries_are_two_events(a: str, b: str) -> None:
    r = compare(a, b)
    assert r.relation != "duplicate" and any("different events" in x for x in r.reasons), r.reasons


@pytest.mark.parametrize(("a", "b"), [
    ("The flood death toll in Sylhet reached 150 on September 6.", "Floods killed 150 people in Sylhet on September 6."),
    ("Ten people lost their lives when the bridge collapsed on Friday.", "Ten people died when the bridge collapsed on Friday."),
])
def test_deaths_told_two_ways_are_one_fact(a: str, b: str) -> None:
    assert compare(a, b).relation == "duplicate"


@pytest.mark.parametrize(("a", "b"), [
    ("The currency of Turkey slid 4 percent versus the US dollar on Sept. 9.",
     "Turkey's currency rose 4 percent against the dollar on Sept. 9."),
    ("Pakistan's currency lost 8% versus the US dollar on Friday.",
     "The currency of Pakistan climbed 8% against the dollar on Friday."),
])
def test_a_move_down_is_no_move_up(a: str, b: str) -> None:
    r = compare(a, b)
    assert r.relation != "duplicate" and any("opposite outcomes" in x for x in r.reasons), r.reasons


def test_slid_is_fell() -> None:
    assert compare("The rand slid 2 percent on Monday.", "The rand fell 2 percent on Monday.").relation == "duplicate"
