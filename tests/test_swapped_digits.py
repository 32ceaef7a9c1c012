"""A figure with its digits swapped (three at least) ties two retellings of one dated count told in
other words (`anchor.SWAPPED_DIGITS_MIN_SAME`): a conflict, not unrelated."""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.match.compare import compare, compare_many


def _one(text: str) -> fig.Quantity:
    return fig.quantities_of(text)[0]


def test_digits_swapped_needs_three_digits():
    assert fig.digits_swapped(_one("1,426 people"), _one("1,246 people"))
    assert fig.digits_swapped(_one("356 people"), _one("365 people"))
    assert not fig.digits_swapped(_one("12 people"), _one("21 people"))
    assert not fig.digits_swapped(_one("4,000 people"), _one("40,000 people"))
    assert not fig.digits_swapped(_one("1,426 people"), _one("1,426 people"))


def test_one_dated_toll_told_in_other_words_with_its_digits_swapped_is_a_conflict():
    a = "A parliamentary panel said 1,352 people were killed in the October unrest in the capital."
    b = "The official investigation into the October riots in the capital put the number of dead at 1,532."
    for c in (compare(a, b), compare_many([(a, b)], semantic=False)[0]):
        assert c.relation == "conflict", c.reasons
    # the digits alone do not tie two counts of other things
    c = compare("The ministry said 1,426 people were evacuated from the coast in March.",
                "Officials said 1,246 homes on the coast were destroyed in March.")
    assert c.relation != "conflict"
