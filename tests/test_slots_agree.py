"""A retelling with few words in common is one fact when every slot it fills agrees and nothing
sets the two claims apart (`anchor.slots_floor`: the lexical path's floor without a figure)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize(("a", "b"), [
    ("Islamabad has suspended mobile internet in Quetta amid unrest",
     "Pakistan's government cut off cellular data services in Quetta because of the violence"),
])
def test_a_paraphrase_in_one_place_is_the_fact(a: str, b: str) -> None:
    r = compare(a, b)
    assert r.relation == "duplicate", r.reasons
    assert any("every slot agrees" in x for x in r.reasons), r.reasons


@pytest.mark.parametrize(("a", "b"), [
    # one claim gives a figure the other lacks: a slot unfilled, no floor
    ("Islamabad has suspended mobile internet in Quetta for three days",
     "Pakistan's government cut off cellular data services in Quetta because of the violence"),
    # two doers in one country on one month: knowledge sets them apart
    ("Kenya's parliament passed the budget in June", "Kenya's central bank cut interest rates in June"),
    # another day
    ("Islamabad suspended mobile internet in Quetta on Monday",
     "Pakistan's government cut off cellular data services in Quetta on Friday"),
])
def test_no_floor_when_a_slot_is_open_or_apart(a: str, b: str) -> None:
    assert compare(a, b).relation != "duplicate"
