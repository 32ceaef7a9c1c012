"""A price told as cents on the dollar is that share of face value (`figures.face_value`; helper figs157)."""

from workbench.core.figures import quantities_of
from workbench.core.match.compare import compare


def test_cents_on_the_dollar_read_as_percent() -> None:
    (q,) = quantities_of("Creditors will recover about 30 cents on the dollar.")
    assert (q.unit, q.value, q.text) == ("%", 30.0, "about 30 cents on the dollar")
    (q,) = quantities_of("Shareholders will get 20 pence in the pound.")
    assert (q.unit, q.value) == ("%", 20.0)
    # a price in cents alone is no share
    (q,) = quantities_of("A cup of coffee at the stadium now costs 95 cents.")
    assert q.unit != "%"


def test_cents_on_the_dollar_against_percent_of_face_value() -> None:
    a = "Argentina's bonds traded at 25 cents on the dollar on Monday."
    assert compare(a, "Argentina's bonds traded at 25 percent of face value on Monday.").relation == "duplicate"
    assert compare(a, "Argentina's bonds traded at 40 percent of face value on Monday.").relation == "conflict"
