"""A list closed with "only" against a longer list in the same slot (`match.only_listed`; sets
137-140, helper conf137b): "only for 2022" / "for both 2022 and 2023"."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.only_listed import lists, only_lists, only_or_more
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The catch limit will apply only for 2024, the agency said.",
     "The catch limit will apply for both 2024 and 2025, the agency said."),
    ("The new tariff covers only Canada and Mexico, the trade office said.",
     "The new tariff covers Canada, Mexico and Japan, the trade office said."),
    ("Only Ghana and Togo boycotted the summit.", "Ghana, Togo and Benin boycotted the summit."),
]
NOT_CONFLICTS = [
    # a shorter list without "only": a part told
    ("The catch limit will apply for 2024, the agency said.",
     "The catch limit will apply for both 2024 and 2025, the agency said."),
    # the same list
    ("Only Ghana and Togo boycotted the summit.", "Ghana and Togo boycotted the summit."),
    # "not only" closes nothing
    ("Not only Ghana but also Togo boycotted the summit.", "Ghana, Togo and Benin boycotted the summit."),
]


def test_the_lists_of_one_claim() -> None:
    assert [i for i, _ in only_lists("The limit applies only for 2024.")] == [frozenset({"2024"})]
    assert [i for i, _ in only_lists("The limit applies for 2024 only.")] == [frozenset({"2024"})]
    assert only_lists("Only 2000 people attended.") == ()  # a count, not a year
    assert only_lists("Ghana was the only country to boycott.") == ()
    assert [i for i, _ in lists("It covers both the North Sea and the Baltic.")] == [frozenset({"north sea", "baltic"})]
    # the other item named in the claim with "only" is no item left out
    assert only_or_more(("Only Ghana boycotted the summit Togo hosted.", "Ghana and Togo boycotted the summit.")) is None


def test_only_against_more_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_a_part_the_same_list_or_not_only_is_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
