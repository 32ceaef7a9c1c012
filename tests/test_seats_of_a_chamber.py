"""A chamber's size told as an adjective ("the 55-member parliament", "the 120-seat Knesset") is its
count of seats, as "26 of the 55 seats" tells it."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def test_a_chambers_size_is_its_seats() -> None:
    found = fig.quantities_of("The party won 26 seats in the 55-member parliament.")
    assert [(q.value, q.counted, q.unit) for q in found] == [(26.0, "seats", None), (55.0, "seats", None)]
    assert [(q.counted, q.unit) for q in fig.quantities_of("The 120-seat Knesset voted.")] == [("seats", None)]
    # not a chamber: an adjective as before
    assert [q.unit for q in fig.quantities_of("A 15-member panel met.")] == ["adj:member"]


def test_seats_told_two_ways_agree() -> None:
    c = compare("Likud won 32 of the Knesset's 120 seats.", "Likud won 32 seats in the 120-seat Knesset.")
    assert c.relation == "duplicate"
    c = compare("The party won 12 of the 60 seats.", "The party won 12 seats in the 66-member parliament.")
    assert c.relation != "duplicate"
