"""A people's name built from a one-word country name ("Tuvaluans", "Samoans") counts people, as
"Tuvalu citizens" does, so two figures of one quota pair and clash (`figures.counted`, sets 121-124,
helper conf121)."""

from __future__ import annotations

from workbench.core.figures.counted import PEOPLE, counted_set
from workbench.core.match.compare import compare_many

CONFLICTS = [
    ("The deal lets up to 1,500 Samoans a year settle permanently in New Zealand.",
     "As many as 1,100 Samoan citizens will be granted permanent residence in New Zealand each year under the deal."),
    ("The pact allows up to 400 Tongans a year to work in Australia.",
     "Under the pact, as many as 600 Tonga nationals will be allowed to work in Australia each year."),
]
DUPLICATES = [
    ("The treaty allows up to 1,650 Fijians a year to settle permanently in New Zealand.",
     "As many as 1,650 Fiji citizens will be granted permanent residence in New Zealand each year under the treaty."),
    ("The pact allows up to 400 Tongans a year to work in Australia.",
     "Under the pact, as many as 400 Tonga nationals will be allowed to work in Australia each year."),
]


def test_a_people_built_from_its_country_counts_people() -> None:
    assert PEOPLE in counted_set("Tuvaluans")
    assert PEOPLE in counted_set("Samoans")
    assert PEOPLE in counted_set("nationals")
    assert PEOPLE not in counted_set("Tuvalu")  # the country's name itself is no people
    assert PEOPLE not in counted_set("bananas")


def test_one_quota_told_with_two_figures_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_one_quota_told_with_one_figure_stays_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
