"""A body's membership told as states ("15 member states", "membership to 15 countries", "32
countries as members") counts its members, so it pairs with "17 members" and the figures clash
(`figures.number_of.members_counted`, sets 129-132, helper figs129)."""

from __future__ import annotations

from workbench.core.figures import counted_stems, quantities_of
from workbench.core.match.compare import compare_many

CONFLICTS = [
    ("Sweden's entry means NATO now has 32 members.",
     "Sweden's accession brings the alliance's membership to 31 nations."),
    ("The Commonwealth now has 56 members after Gabon and Togo joined.",
     "The entry of Gabon and Togo raised the Commonwealth's membership to 54 countries."),
    ("After Timor-Leste's admission, ASEAN has 11 members.",
     "Timor-Leste's admission lifts ASEAN's membership to 12 countries."),
]
DUPLICATES = [
    ("After Timor-Leste's admission, ASEAN has 11 members.",
     "Timor-Leste's admission lifts ASEAN's membership to 11 countries."),
]


def test_states_told_as_members_count_members() -> None:
    for text in ("The bloc has 15 member states.", "The exit cuts the bloc's membership to 15 countries.",
                 "The alliance now counts 32 countries as members."):
        (q,) = quantities_of(text)
        assert "member" in counted_stems(q), text
    (offered,) = quantities_of("The alliance offered membership to 2 countries.")
    assert "member" not in counted_stems(offered)  # new members named, no size


def test_a_membership_told_with_two_figures_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_a_membership_told_with_one_figure_stays_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)


def test_a_class_of_members_is_a_count_of_its_own() -> None:
    pairs = [("The Caribbean Community has 15 members.", "The Caribbean Community has 5 associate members."),
             ("The council has 15 members.", "The council has 5 permanent members.")]
    for (a, b), c in zip(pairs, compare_many(pairs), strict=True):
        assert c.relation == "related", (a, b, c.reasons)
    same = [("The council has 5 permanent members.", "The council has five permanent members.")]
    assert compare_many(same)[0].relation == "duplicate"
