"""One act told before an event against it told after the same event, or before a departure against
after the return (`match.before_after`; sets 125-128, helper conf125b)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many

CONFLICTS = [
    ("The ministry published the draft law before the minister left for Brussels.",
     "The ministry published the draft law only after the minister returned from Brussels."),
    ("The company paid the bonuses before the merger was completed.",
     "The company paid the bonuses only after the merger was completed."),
]
NOT_CONFLICTS = [
    # after the departure and before the return: during the trip, no clash
    ("The ministry published the draft law after the minister left for Brussels.",
     "The ministry published the draft law before the minister returned from Brussels."),
    # another act on each side of the event
    ("The mayor signed the order before the storm hit the city.",
     "The mayor lifted the order after the storm hit the city."),
]
DUPLICATES = [
    ("The ministry published the draft law before the minister left for Brussels.",
     "The ministry published the draft law shortly before the minister left for Brussels."),
]


def test_one_act_on_two_sides_of_one_event_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_other_acts_or_times_that_fit_are_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != "conflict", (a, b, c.reasons)
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
