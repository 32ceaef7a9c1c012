"""Another thing named where the act lands is another fact (`match.named_objects`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize("a, b", [
    ("The regulator suspended the broadcaster Radio Okapi for a month",
     "The regulator suspended Top Congo FM, another broadcaster, for a month"),
    ("The Saints placed running back Reggie Bush on injured reserve, ending his season",
     "The Saints have placed running back Pierre Thomas on injured reserve"),
    ("Klitschko stopped Tony Thompson in the sixth round to retain his titles",
     "Klitschko stopped Hasim Rahman in the seventh round to retain his titles"),
])
def test_two_things_named_in_the_done_to_slot_are_two_facts(a: str, b: str) -> None:
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any(r.startswith("another thing named") for r in c.reasons)


@pytest.mark.parametrize("a, b", [
    # a country and its people's name, a capital and its country: the country rules' business
    ("Caracas freed 10 US citizens in a prisoner swap on 20 December",
     "Venezuela released ten Americans as part of a prisoner exchange on Dec. 20"),
    # an acronym that may spell out the other's name
    ("Soldiers captured a senior Jalisco cartel commander in Zapopan on 14 March",
     "The Mexican army detained a top CJNG commander in Zapopan on March 14"),
    # a name cut short
    ("Fire destroyed the historic Mat Maid dairy building in Palmer", "Fire destroyed the old Matanuska Maid dairy building in Palmer"),
])
def test_one_thing_named_two_ways_is_no_other_thing(a: str, b: str) -> None:
    assert not any(r.startswith("another thing named") for r in compare(a, b).reasons)
