"""Two counts of people told in other orders pair by what they count (`match.figure_acts`, helper
dup93): "One person was killed and 590 injured" / "590 people were hurt and one protester died" pair
the dead with the dead and the hurt with the hurt (plain "people" shared is no reason to pair
"One person" with "590 people"); a figure moved from one count to the other stays a clash."""

from __future__ import annotations

from workbench.core.figures import pair_figures, quantities_of
from workbench.core.match.compare import compare
from workbench.core.match.figure_acts import acts_of_figures, figure_act

A = "Three people were killed and 45 injured when the bridge collapsed in Morbi, police said."
B = "In Morbi, 45 people were hurt and three workers died when the bridge gave way, according to police."


def test_each_figure_is_read_with_its_act():
    assert "kill" in figure_act(A, "Three people")
    assert "wound" in figure_act(A, "45 injured")
    assert "wound" in figure_act(B, "45 people")
    assert "kill" in figure_act(B, "three workers")  # a death is a killing (`EVENT_KIN`)


def test_figures_pair_by_their_act():
    qa, qb = quantities_of(A), quantities_of(B)
    check = pair_figures(qa, qb, acts_of_figures(A, B, qa, qb))
    assert not check.conflicts
    assert compare(A, B).relation == "duplicate"


def test_a_figure_moved_to_another_count_is_a_clash():
    assert compare("Four people were killed and 60 injured in the Karachi blast.",
                   "In the Karachi blast 60 people were injured and six people were killed.").relation == "conflict"
    assert compare("Five people were killed and 20 arrested in the Dhaka clashes, police said.",
                   "Police said 20 people were killed and five protesters were arrested in Dhaka.").relation != "duplicate"


def test_one_figure_a_side_reads_no_act():
    assert acts_of_figures("12 people were killed.", "12 people died.", quantities_of("12 people were killed."),
                           quantities_of("12 people died.")) is None


def test_two_figures_written_alike_read_their_own_acts():
    """The quantity's own offset, not the first place its words occur: both "five people" here."""
    text = "Officials said five people were killed and five people were injured in Bata."
    acts, _ = acts_of_figures(text, text, quantities_of(text), quantities_of(text)) or ([], [])
    assert "kill" in acts[0] and "wound" not in acts[0]
    assert "wound" in acts[1] and "kill" not in acts[1]
