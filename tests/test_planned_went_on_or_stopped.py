"""A plan to keep an activity going against a plan to stop it (`match.went_on_or_stopped.plans`;
sets 137-140, helper conf137b): "said it would stop using" / "said it would keep using"."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.went_on_or_stopped import plans
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The broadcaster said it would stop airing the quiz show in the autumn.",
     "The broadcaster said it would keep airing the quiz show in the autumn."),
    ("The council said it will continue collecting garden waste every fortnight.",
     "The council said it will stop collecting garden waste every fortnight."),
    ("The mining firm said it would halt exports of copper ore to the smelter.",
     "The mining firm said it would carry on with exports of copper ore to the smelter."),
]
NOT_CONFLICTS = [
    # another activity of the same verb
    ("The broadcaster said it would stop airing the quiz show.", "The broadcaster said it would keep airing the news bulletin."),
    # a plan against a fact: the plan may come later
    ("The broadcaster said it would stop airing the quiz show.", "The broadcaster kept airing the quiz show."),
    # a stop urged on others, no plan of the doer
    ("Viewers urged the broadcaster to stop airing the quiz show.", "The broadcaster said it would keep airing the quiz show."),
]


def test_the_plans_of_one_claim() -> None:
    assert plans("It said it would keep using the depot.") == ((frozenset({"use", "depot"}),), ())
    assert plans("It will stop selling tickets.") == ((), (frozenset({"sell", "ticket"}),))
    assert plans("It could stop selling tickets.") == ((), ())  # may be, not what is to come
    assert plans("It was urged to stop selling tickets.") == ((), ())


def test_a_plan_to_keep_against_a_plan_to_stop_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_another_activity_a_fact_or_a_stop_urged_is_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
