"""A part of a whole counts what the whole counts ("took 19 of the assembly's 50 seats": 19 seats;
`figures.number_of.parts_counted`; sets 125-128, helper conf125b)."""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.match.compare import compare_many

CONFLICTS = [
    ("The ruling party won 41 of the 60 seats in the March election.",
     "In the March vote, the ruling party took 51 of parliament's 60 seats."),
    ("The team won 9 of its 12 matches this season.", "The team won 10 of its 12 matches this season."),
]
DUPLICATES = [
    ("The ruling party won 41 of the 60 seats in the March election.",
     "In the March vote, the ruling party took 41 of parliament's 60 seats."),
    ("The team won 9 of its 12 matches this season.", "The team won 9 of 12 matches this season."),
]


def test_the_part_counts_the_whole_s_noun() -> None:
    found = fig.quantities_of("In the vote, the opposition took 19 of the assembly's 50 seats.")
    assert [(q.value, q.counted) for q in found] == [(19.0, "seats"), (50.0, "seats")]
    assert fig.quantities_of("Nine of the 12 victims were children.")[0].counted == "victims"


def test_two_parts_of_one_whole_clash() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
