"""Two figures a claim, a count and its threshold: the pairing lines them up (`figures.pair_roles.uncrossed`,
`match.figure_acts`'s threshold act) instead of setting each against the other claim's other figure."""

from __future__ import annotations

from workbench.core.figures import pair_figures
from workbench.core.figures.numbers import find_quantities
from workbench.core.match.compare import compare
from workbench.core.match.figure_acts import acts_of_figures

_A = "Only 112 senators voted for the budget, short of the 150 needed to pass it."
_B = "The budget won the backing of 112 members of the senate, fewer than the 150 votes required for passage."


def _pairs(a: str, b: str) -> list[tuple[float | None, float | None, bool]]:
    qa, qb = find_quantities(a), find_quantities(b)
    return [(x.value, y.value, ok) for x, y, ok in pair_figures(qa, qb, acts_of_figures(a, b, qa, qb)).pairs]


def test_a_count_and_its_threshold_pair_with_their_like():
    assert _pairs(_A, _B) == [(112, 112, True), (150, 150, True)]
    assert _pairs("The motion drew 201 votes in the assembly, well short of the 226 it needed.",
                  "Only 201 deputies supported the motion, below the 226 votes required for a majority.") \
        == [(201, 201, True), (226, 226, True)]


def test_crossed_pairs_are_swapped_only_when_more_agree():
    # both figures agree once uncrossed: no clash is read
    assert "figures disagree" not in " ".join(compare(_A, _B).reasons)
    # the counts differ: the thresholds still pair with each other, never a count with a threshold
    other = _B.replace("112", "120")
    assert (150, 150, True) in _pairs(_A, other)
    assert all(x == y for x, y, _ in _pairs(_A, other) if 150 in (x, y))
    # figures moved between two counts of one noun, or of two acts, are not swapped back
    assert compare("The factory laid off 300 workers and 50 managers.",
                   "The factory laid off 50 workers and 300 managers.").relation != "duplicate"
    assert compare("Police arrested 25 protesters and detained 40 journalists.",
                   "Police arrested 40 protesters and detained 25 journalists.").relation != "duplicate"


def test_an_act_told_before_its_figure_keeps_two_counts_apart():
    # "killed 14 people and injured 30": each figure's act read before it when none follows
    assert compare("The blast killed 14 people and injured 30, police said.",
                   "The blast killed 30 people and injured 14, police said.").relation == "conflict"
