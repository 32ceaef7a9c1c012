"""After a verb of movement "up to" is a particle and "to": the figure reached is exact ("went up
to 450 rupees" is 450, not "as many as 450"), so another price is a clash (blind set 51)."""

from __future__ import annotations

import pytest

from workbench.core.figures.fallback import fallback_quantities
from workbench.core.figures.numbers import find_quantities
from workbench.core.match.compare import compare


@pytest.mark.parametrize("text", [
    "The price of petrol went up to 450 rupees per litre",
    "Inflation shot up to 9.1 percent",
    "The toll has gone up to 450 people",
    "Fares climbed up to 450 rupees",
])
def test_a_figure_reached_is_exact(text):
    (q,) = find_quantities(text)
    assert (q.low, q.high, q.approximate) == (q.value, q.value, False), q
    assert not q.text.lower().startswith("up")


@pytest.mark.parametrize("text", [
    "Up to 450 people were evacuated",
    "Fares could go up to 450 rupees",  # a ceiling again after a modal
    "The flood displaced up to 450 families",
])
def test_up_to_elsewhere_is_still_a_ceiling(text):
    (q,) = find_quantities(text)
    assert q.low is None and q.high == 450


def test_the_raw_text_reader_agrees():
    (q,) = fallback_quantities("the fare went up to 450")
    assert (q.low, q.high) == (450, 450)


def test_two_prices_reached_are_a_conflict():
    c = compare("Petrol prices were raised to 420 rupees a litre on Sunday, state-run Ceylon Petroleum said",
                "The price of petrol went up to 450 rupees per litre on Sunday, Ceylon Petroleum Corporation announced")
    assert c.relation == "conflict", c.reasons
