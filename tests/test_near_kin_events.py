"""Clashes a hard rule or a missing reading lost. Near kin event verbs
(`language.event_verbs.EVENT_NEAR`: captured / detained, freed / rescued, displaced / evacuated) are
one act told two ways when a figure or the day clashes: a conflict, not another fact; while the pair
agrees they stay two events, and another place still parts them. One number each, left unpaired, is
a clash too."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize(("a", "b"), [
    ("Police captured the gang leader in Mombasa on 3 May, the interior ministry said",
     "Officers arrested the gang leader in Mombasa on 4 May, police said"),
    ("Marines rescued 12 sailors from the tanker off Aden on Friday",
     "Marines freed 20 sailors from the tanker off Aden on Friday"),
])
def test_a_clash_makes_near_kin_one_act(a: str, b: str) -> None:
    c = compare(a, b)
    assert c.relation == "conflict", c.reasons
    assert not any("different events" in r for r in c.reasons)


@pytest.mark.parametrize(("a", "b"), [
    ("Police captured the gang leader in Mombasa on 3 May, the interior ministry said",
     "Officers arrested the gang leader in Mombasa on 3 May, police said"),
    ("Floods displaced 4,000 people in Beira on Sunday", "4,000 people were evacuated from Beira on Sunday"),
])
def test_agreeing_near_kin_stay_two_events(a: str, b: str) -> None:
    c = compare(a, b)
    assert c.relation == "related"
    assert any("different events" in r for r in c.reasons)


def test_another_place_still_parts_near_kin() -> None:
    c = compare("Police captured 5 suspects in Mombasa on Monday", "Police arrested 9 suspects in Kisumu on Monday")
    assert c.relation == "related"


def test_one_number_each_left_unpaired_that_disagree_clash() -> None:
    """An adjective figure ("a 14-member team") pairs with no count, but two such numbers in one
    slot are still a clash (`anchor.unpaired_clash`): a conflict, not a duplicate."""
    a = "The union sent a team of 9 negotiators to the talks in Nairobi on Monday"
    c = compare(a, "The union sent a 14-member team to the talks in Nairobi on Monday")
    assert c.relation == "conflict", c.reasons
    assert any("figures disagree" in r for r in c.reasons)
    assert compare(a, "The union sent a 9-member team to the talks in Nairobi on Monday").relation == "duplicate"
