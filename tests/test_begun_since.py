"""A thing's start told as the year it was brought in and as a year it has held since (`match.begun_since`;
set 144, helper conf141b): held since a year before its start is a conflict."""

from __future__ import annotations

from workbench.core.match.begun_since import held_before_start, start_or_since
from workbench.core.match.compare import compare_many, prepared
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The speed limit had been introduced in 2005.", "The speed limit had been unchanged since 1998, officials said."),
    ("The congestion charge was introduced in 2012.", "The congestion charge has been in place since 2003."),
    ("The sugar tax came into force in 2018.", "The sugar tax has been in force since 2016, the treasury said."),
    ("The school was founded in 1921.", "The school has existed since 1890."),
]
NOT_CONFLICTS = [
    # since a later year: both may hold; the same year: they agree
    ("The minimum wage was introduced in 1999.", "The minimum wage has been unchanged since 2015."),
    ("The licence fee was introduced in 1991.", "The licence fee has been unchanged since 1991."),
    # a change is no start; two things
    ("The toll was raised in 2019.", "The toll has been in place since 2001."),
    ("The bridge toll was introduced in 2009.", "The tunnel toll has been unchanged since 1995."),
]


def _tokens(pair: tuple[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(prepared(pair[0])[0].tokens), frozenset(prepared(pair[1])[0].tokens)


def test_the_readings() -> None:
    assert start_or_since("The fee had been unchanged since 1991.")
    assert start_or_since("The fee was introduced in 2017.")
    assert not start_or_since("The fee was raised in 2017.")
    assert not start_or_since("Prices have risen since 1991.")
    pair = ("The sugar tax came into force in 2018.", "The sugar tax has been in force since 2016.")
    assert held_before_start(pair, _tokens(pair)) == "held since 2016, begun in 2018"
    assert held_before_start(pair[::-1], _tokens(pair[::-1])) == "held since 2016, begun in 2018"


def test_held_before_its_start_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_look_alikes_are_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
