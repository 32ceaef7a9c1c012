"""All of a count against a part of the same count (`match.all_or_part`; sets 133-136, helper
conf133b): "won all 30 seats" / "won 28 of the 30 seats"."""

from __future__ import annotations

from workbench.core.match.all_or_part import all_or_part, parts, wholes
from workbench.core.match.compare import compare_many
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The opposition alliance won all 24 seats on the city council.",
     "The opposition alliance won 21 of the 24 seats on the city council."),
    ("All nine hostages were freed in the raid on Sunday.",
     "Seven of the nine hostages were freed in the raid on Sunday."),
]
NOT_CONFLICTS = [
    # another act of the same count
    ("All 24 seats on the city council were contested on Sunday.",
     "The opposition alliance won 21 of the 24 seats on the city council on Sunday."),
]


def test_the_readings_of_one_claim() -> None:
    assert wholes("The party won all 30 seats.") == ((30.0, frozenset({"seat"})),)
    assert parts("Ten out of 12 miners were rescued.") == ((10.0, 12.0, frozenset({"miner"})),)
    assert parts("The party won 28 of the 30.") == ((28.0, 30.0, frozenset()),)
    # another whole is the figure step's, not this reading's
    texts = ("The alliance won all 24 seats on the council.", "The alliance won 21 of the 50 seats on the council.")
    assert all_or_part(texts, (frozenset({"allianc", "won", "seat", "council"}),) * 2, (frozenset(),) * 2) is None


def test_all_against_a_part_of_the_same_count_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_another_whole_or_another_act_is_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
