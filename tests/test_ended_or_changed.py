"""A measure done away with against the same measure changed in the same words (`match.ended_or_changed`;
set 144, helper conf141b): "scrapped the fee" / "raised the fee to $200" is a conflict."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.ended_or_changed import act_on_thing
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The government scrapped the fuel subsidy when it took office.",
     "The government cut the fuel subsidy by half when it took office."),
    ("The city abolished the tourist tax in its new budget.", "The city raised the tourist tax to 5 euros in its new budget."),
    ("The airline scrapped its baggage fee when it relaunched.", "The airline doubled its baggage fee when it relaunched."),
    ("The visa fee was scrapped when the border reopened.", "The visa fee was raised to $50 when the border reopened."),
]
NOT_CONFLICTS = [
    # another time, two things, two ends told
    ("The government raised the fuel subsidy in 2019.", "The government scrapped the fuel subsidy in 2022."),
    ("The city abolished the tourist tax.", "The city raised the parking tax."),
    ("The bank scrapped its overdraft fee.", "The bank abolished its overdraft fee, it said."),
    # a change planned is no change done; the time told on one side only
    ("The council scrapped the parking charge.", "The council plans to raise the parking charge."),
    ("The ministry abolished the exit fee.", "The ministry raised the exit fee to $20 when the airport reopened."),
]


def test_the_reading_of_one_claim() -> None:
    read = act_on_thing("Bhutan raised the fee to $200 a night when it reopened.")
    assert read is not None and read[0] is False and read[6] == "fee"
    assert act_on_thing("The fee was abolished last year.")[0] is True
    assert act_on_thing("The ministry cut the subsidy.") is None  # "cut" alone may be its end
    assert act_on_thing("The ministry wants to raise the fee.") is None


def test_a_thing_ended_against_it_changed_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_look_alikes_are_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
