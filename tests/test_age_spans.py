"""Ages as spans ("under five years old", "aged between ten and fifteen") are ages: two spans of
the same people that do not overlap clash; "aged five" and "a five-year-old" still agree."""

from workbench.core.figures import quantities_of
from workbench.core.match.compare import compare
from workbench.core.vocab import Relation


def test_age_spans_are_ages() -> None:
    (under,) = quantities_of("most of the patients were under five years old")
    assert under.unit == "age" and under.high == 5
    (span,) = quantities_of("most of the patients were aged between ten and fifteen")
    assert span.unit == "age" and (span.low, span.high) == (10, 15)
    (count,) = quantities_of("between 10 and 15 people")
    assert count.unit is None
    (term,) = quantities_of("the contract runs under five years")
    assert term.unit == "years"


def test_disjoint_age_spans_clash_one_age_agrees() -> None:
    a, b = ("Health officials said most of the patients who died were under five years old.",
            "Health officials said most of the patients who died were aged between ten and fifteen.")
    assert compare(a, b).relation == Relation.CONFLICT
    a, b = ("The hospital said most of the flu victims were over 65 years old.",
            "The hospital said most of the flu victims were aged between 20 and 30.")
    assert compare(a, b).relation == Relation.CONFLICT
    a, b = ("The boy who was rescued was aged five, police said.", "The five-year-old boy was rescued, police said.")
    assert compare(a, b).relation == Relation.DUPLICATE
