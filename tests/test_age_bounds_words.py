"""Ages told in other shapes (helper figures141): a span with a number word and digits ("aged six to
12"), the bounds "younger than" / "older than" as "under" / "over"; and "exempt" (spared a duty) an
implicit negation, so "under six are exempt" / "younger than six pay nothing" is no denial."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare
from workbench.core.match.normalize import implicit_negation


def test_an_age_span_with_a_number_word_and_digits() -> None:
    (q,) = fig.quantities_of("Kids aged six to 12 are charged.")
    assert (q.low, q.high, q.unit) == (6.0, 12.0, "age")


def test_younger_and_older_than_bound_the_figure() -> None:
    (young,) = fig.quantities_of("children younger than six pay nothing")
    (old,) = fig.quantities_of("those older than 65 ride free")
    assert (young.low, young.high) == (None, 6.0) and (old.low, old.high) == (65.0, None)


def test_exempt_is_an_implicit_negation() -> None:
    assert implicit_negation("those under six are exempt")


def test_one_fare_rule_told_two_ways_is_a_duplicate() -> None:
    assert compare("In Kerala, children aged between 5 and 15 ride the new metro for half price, while those under "
                   "five are exempt.",
                   "Kerala's new metro charges kids aged five to 15 half fare, and children younger than five pay "
                   "nothing.").relation == "duplicate"


def test_other_bounds_clash() -> None:
    assert compare("In Turkey, those older than 65 ride city buses for free.",
                   "In Turkey, those older than 60 ride city buses for free.").relation == "conflict"
    assert compare("Under Norway's new rule, children younger than 13 may not open social media accounts.",
                   "Under Norway's new rule, children younger than 15 may not open social media accounts."
                   ).relation == "conflict"
