"""A place "home to N people" or with "N inhabitants" has a population of N, so the two tellings
are one statement and their figures clash (`language.populations`, sets 129-132, helper figs129)."""

from __future__ import annotations

from workbench.core.language.populations import rewrite_populations
from workbench.core.match.compare import compare_many

CONFLICTS = [
    ("Iceland is home to about 380,000 people.", "Iceland has a population of roughly 480,000."),
    ("Luxembourg is home to around 660,000 people.", "Luxembourg has some 860,000 inhabitants."),
    ("Bhutan has a population of about 780,000.", "Bhutan is home to roughly 870,000 people."),
]
DUPLICATES = [
    ("Iceland is home to about 380,000 people.", "Iceland has a population of about 380,000."),
]
RELATED = [
    ("The town is home to about 40,000 refugees.", "The town has a population of roughly 90,000."),
]


def test_a_population_is_written_one_way() -> None:
    assert rewrite_populations("Iceland is home to about 380,000 people.", []) == \
        "Iceland has a population of about 380,000."
    assert rewrite_populations("The town was home to 40,000, officials said.", []) == \
        "The town had a population of 40,000, officials said."
    for kept in ("The town is home to about 40,000 refugees.", "The park is home to 300 tigers.",
                 "The island is home to a US air base."):
        assert rewrite_populations(kept, []) == kept


def test_a_population_told_with_two_figures_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_a_population_told_once_each_way_is_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)


def test_a_part_of_the_people_is_no_population() -> None:
    for (a, b), c in zip(RELATED, compare_many(RELATED), strict=True):
        assert c.relation == "related", (a, b, c.reasons)
