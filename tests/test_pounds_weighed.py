"""Pounds weighed are a weight, not sterling (`figures.weights`, helper figures141)."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def test_pounds_after_a_verb_of_weighing_are_a_weight() -> None:
    (q,) = fig.quantities_of("The fish weighed in at 45 pounds.")
    assert q.unit == "kg" and round(q.value or 0, 1) == 20.4
    (fine,) = fig.quantities_of("He was fined 300 pounds.")
    assert fine.unit == "GBP"


def test_one_weight_in_two_units() -> None:
    assert compare("The meteorite found in Morocco weighs about 33 pounds.",
                   "The Moroccan meteorite weighs roughly 15 kilograms.").relation == "duplicate"
    assert compare("The meteorite found in Morocco weighs about 33 pounds.",
                   "The Moroccan meteorite weighs roughly 33 kilograms.").relation == "conflict"
