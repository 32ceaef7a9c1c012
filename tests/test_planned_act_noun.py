"""A planned act told as a noun and put off against the act done (`match.stopped_or_done`; sets
125-128, helper conf125b): "the planned meeting ... was cancelled", "the swearing-in ..., scheduled
for Sunday, was postponed" / the meeting held, the oath sworn."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.stopped_or_done import put_off

CONFLICTS = [
    ("The new regional government was sworn in at the governor's palace on Saturday.",
     "The swearing-in of the new regional government, scheduled for Saturday, was postponed."),
    ("The two defence ministers met in Oslo on Thursday.",
     "The defence ministers' planned meeting in Oslo on Thursday was cancelled."),
    ("The president visited the earthquake zone on Friday.",
     "The president's planned visit to the earthquake zone on Friday was called off."),
]
NOT_CONFLICTS = [
    # the act done on the new date
    ("The defence ministers' planned meeting in Oslo was postponed to Friday.",
     "The defence ministers met in Oslo on Friday."),
    # the same postponement told twice
    ("The swearing-in of the new cabinet, scheduled for Sunday, was postponed.",
     "The new cabinet's swearing-in, which had been set for Sunday, was put off."),
]


def test_the_reading_of_one_claim() -> None:
    assert put_off("The ministers' planned meeting in Oslo was cancelled.") == {"meet"}
    assert put_off("The signing of the accord, set for Tuesday, was delayed.") == {"sign"}
    assert not put_off("The planned meeting took place on Tuesday.")  # planned, not put off
    assert not put_off("The meeting, set for Tuesday, was postponed until May.")  # a new date


def test_a_planned_act_put_off_against_it_done_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_a_postponement_told_twice_or_done_later_is_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != "conflict", (a, b, c.reasons)
