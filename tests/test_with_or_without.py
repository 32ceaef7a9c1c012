"""An act done without a thing against the thing done (`match.with_or_without`; sets 133-136, helper
conf133b): "without a referendum" / "held a referendum", "without warning" / "warned"."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.with_or_without import left_out
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The province merged the two districts without a referendum.",
     "The province held a referendum before merging the two districts."),
    ("The landlord evicted the tenants without warning.",
     "The landlord warned the tenants before evicting them."),
    ("The mayor closed the market without consulting the traders.",
     "The mayor consulted the traders before closing the market."),
]
NOT_CONFLICTS = [
    # two things left out
    ("The province merged the two districts without a referendum.",
     "The province merged the two districts without a vote in the assembly."),
    # a thing named, not an act done ("lost heating")
    ("The flood cut the gas main, and 5,000 flats in the district were left without heating.",
     "5,000 flats in the district lost heating after the flood cut the gas main."),
    # a thing only asked for
    ("The province merged the two districts without a referendum.",
     "Residents demanded a referendum on merging the two districts."),
]


def test_the_readings_of_one_claim() -> None:
    assert [h for h, _ in left_out("The Queen was removed without a referendum.")] == ["referendum"]
    assert not left_out("Thousands of homes were left without power.")  # a state, no act's manner
    assert not left_out("Residents remain without water.")
    assert not left_out("The storm cut the line, leaving 20,000 homes in the valley without heating.")


def test_an_act_without_a_thing_against_the_thing_done_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_two_things_left_out_or_asked_for_are_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
