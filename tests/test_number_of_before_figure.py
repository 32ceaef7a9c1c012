"""A figure whose noun is named before it ("put the number of people ... at 35,000") counts that
noun (helper figs84)."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def test_the_noun_after_the_number_of_is_counted() -> None:
    (q,) = fig.quantities_of("Officials in Tiraspol put the number of people left without heating at some 35,000.")
    assert q.counted == "people"
    (q,) = fig.quantities_of("The army put the number of troops in the region at 4,000.")
    assert q.counted == "troops"


def test_a_total_reached_keeps_its_reading() -> None:
    (q,) = fig.quantities_of("The army raised the number of troops in the region to 4,000.")
    assert q.counted is None


def test_a_figure_with_its_own_noun_keeps_it() -> None:
    (q,) = fig.quantities_of("The number of protests grew as 300 students marched.")
    assert q.counted == "students"


def test_another_thing_counted_with_the_same_number_is_no_duplicate() -> None:
    assert compare("Officials put the number of homes destroyed by the cyclone in Mandalay at 3,000.",
                   "The cyclone killed 3,000 people in Mandalay, officials said.").relation != "duplicate"


def test_an_adjective_after_the_number_of_counts_nothing() -> None:
    (q,) = fig.quantities_of("The number of missing after the landslide stood at 1,128.")
    assert q.counted is None


def test_doers_and_their_act_count_one_thing() -> None:
    a = fig.quantities_of("Tens of thousands marched in Skopje on Saturday")
    b = fig.quantities_of("Police put the number of marchers in Skopje on Saturday at about 5,000")
    assert fig.pair_figures(a, b).conflicts
