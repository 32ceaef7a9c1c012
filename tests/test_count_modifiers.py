"""A word that says which of the counted things ("one working exit", "the two remaining hostages")
is no noun counted (`figures.numbers._COUNT_ADJ`): "only one working exit" / "several working
exits" count exits, and disagree."""

from __future__ import annotations

from workbench.core.figures.numbers import find_quantities
from workbench.core.match.compare import compare


def test_the_noun_counted_is_after_the_modifier() -> None:
    assert [q.counted for q in find_quantities("The club had only one working exit.")] == ["exit"]
    assert [q.counted for q in find_quantities("The two remaining hostages were freed.")] == ["hostages"]


def test_one_working_exit_against_several() -> None:
    assert compare("Inspectors found the hall had only one working exit.",
                   "The hall had several working exits, inspectors found.").relation == "conflict"
    assert compare("The hospital had only one working ventilator, staff said.",
                   "Staff said the hospital had just one working ventilator.").relation == "duplicate"
