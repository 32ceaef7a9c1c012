"""A change told "from A to B" read as its old and new figures, not as a range (helper figs84)."""

from workbench.core import figures as fig


def _values(text: str) -> list[float | None]:
    return [q.value for q in fig.quantities_of(text)]


def test_a_change_is_two_figures() -> None:
    assert _values("The WFP cut food vouchers from $10 to $8 per person in June.") == [10, 8]
    assert _values("Bread prices rose from 40 to 60 rupees a loaf.") == [40, 60]
    assert _values("Turnout fell from about 60% to 45%.") == [60, 45]


def test_a_range_stays_a_range() -> None:
    (q,) = fig.quantities_of("from 1,800 to 2,000 people attended the rally")
    assert (q.low, q.high) == (1800, 2000)


def test_the_new_figure_told_instead_of_the_old_agrees_and_another_clashes() -> None:
    a = fig.quantities_of("The bus company cut fares from $3 to $2 in March.")
    same = fig.pair_figures(a, fig.quantities_of("From March, bus passengers pay $2 instead of $3."))
    assert len(same.agreements) == 2 and not same.conflicts
    other = fig.pair_figures(a, fig.quantities_of("From March, bus passengers pay $1 instead of $3."))
    assert other.conflicts
