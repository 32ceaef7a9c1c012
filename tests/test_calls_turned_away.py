"""Calls to act turned away are the act refused ("rejected calls to resign": refused to resign,
`language.object_outcomes`), and a stay told into a year clashes with its end told in an earlier
one (`match.stayed_past`, read by `date_step`; sets 121-124, helper conf121)."""

from __future__ import annotations

from workbench.core.figures import quantities_of
from workbench.core.match.compare import compare_many, prepared
from workbench.core.match.knowledge import rewrite
from workbench.core.match.stayed_past import stayed_past_end

CONFLICTS = [
    ("The health minister resigned over the vaccine procurement scandal in March.",
     "The health minister rejected calls to resign over the vaccine procurement scandal and remained in office."),
    ("The club's chairman stepped down after the relegation.",
     "The club's chairman resisted calls to quit after the relegation and stayed in his post."),
    ("Mayor Ana Ruiz resigned at the end of 2021.",
     "Mayor Ana Ruiz defied calls to resign and remained in office into 2022."),
]
DUPLICATES = [
    ("The health minister rejected calls to resign over the vaccine procurement scandal.",
     "The health minister refused to resign over the vaccine procurement scandal."),
    ("The football coach ignored calls to resign and stayed on for the 2023 season.",
     "The football coach refused to step down and remained in charge for the 2023 season."),
]
#: Years that agree with a stay, or a stay against no end: another time, not a clash.
RELATED = [
    ("Mayor Ana Ruiz remained in office into 2022.", "Mayor Ana Ruiz resigned in 2023."),
    ("Mayor Ana Ruiz remained in office into 2022.", "Mayor Ana Ruiz was re-elected in 2020."),
]


def test_a_call_turned_away_is_the_act_refused() -> None:
    assert "refused to resign" in rewrite("He rejected calls to resign.")[0]
    assert "refused to resign" in rewrite("She defied mounting pressure from the opposition to step down.")[0]
    assert "calls to be" in rewrite("The court rejected calls to be lenient.")[0]


def test_resigned_against_refused_and_remained_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_one_refusal_told_two_ways_stays_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)


def test_a_stay_clashes_only_with_an_earlier_end() -> None:
    for a, b in RELATED:
        c = compare_many([(a, b)])[0]
        assert c.relation != "conflict", (a, b, c.reasons)
        assert _stay((a, b)) is None
    assert _stay(("Mayor Ana Ruiz resigned at the end of 2021.", "Mayor Ana Ruiz remained in office into 2022.")) \
        == "stayed into 2022 / ended in 2021"


def _stay(texts: tuple[str, str]) -> str | None:
    tokens = (frozenset(prepared(texts[0])[0].tokens), frozenset(prepared(texts[1])[0].tokens))
    return stayed_past_end(texts, tokens, (quantities_of(texts[0]), quantities_of(texts[1])))
