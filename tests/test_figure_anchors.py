"""Figures that tie two claims to one fact without a day (`match.figure_anchors`, helper
figures141): one change told by both in either order, a measure told in two units, several figures
all agreeing; and a multiple ("more than doubled") that the change's figures give."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare
from workbench.core.match.figure_anchors import multiples_told


def test_a_multiple_the_change_gives_is_no_figure_of_its_own() -> None:
    a, b = "Kenya raised the visa fee from $50 to $120.", "Nairobi more than doubled the visa fee, to $120 from $50."
    check = multiples_told(fig.pair_figures(fig.quantities_of(a), fig.quantities_of(b)), a, b)
    assert not check.unpaired_a and not check.unpaired_b
    c = "Nairobi quadrupled the visa fee, to $120 from $50."
    check = multiples_told(fig.pair_figures(fig.quantities_of(a), fig.quantities_of(c)), a, c)
    assert [q.text for q in check.unpaired_b] == ["quadrupled"]


def test_one_change_told_in_either_order_is_a_duplicate() -> None:
    assert compare("Kenya raised the visa fee from $50 to $120 for foreign visitors.",
                   "Nairobi more than doubled the fee foreign visitors pay for a visa, to $120 from $50."
                   ).relation == "duplicate"


def test_a_change_told_the_other_way_round_or_with_another_figure_is_not() -> None:
    assert compare("Kenya raised the visa fee from $50 to $120.", "Kenya cut the visa fee to $50 from $120.").relation \
        != "duplicate"
    assert compare("Peru raised the Machu Picchu entry fee from $45 to $62.",
                   "Peru raised the Machu Picchu entry fee from $45 to $70.").relation == "conflict"


def test_a_measure_converted_closely_anchors() -> None:
    assert compare("The Chilean copper mine collapse trapped 12 miners about 2,300 feet underground.",
                   "Twelve miners were trapped some 700 metres below ground when the Chilean copper mine collapsed."
                   ).relation == "duplicate"
    assert compare("The Icelandic lava flow stopped about 300 feet from the town's power plant.",
                   "The Icelandic lava flow stopped about 300 metres from the town's power plant.").relation == "conflict"
