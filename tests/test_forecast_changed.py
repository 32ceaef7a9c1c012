"""A forecast changed is not the thing itself changed (`match.forecasts`)."""

from workbench.core.match.compare import compare
from workbench.core.match.forecasts import forecast_apart


def test_forecast_against_prices():
    a, b = "The airline cut fares on European routes this week.", "The airline cut its passenger growth forecast this week."
    assert forecast_apart(a.lower(), b.lower())
    assert compare(a, b).relation != "duplicate"


def test_two_forecasts_and_a_beaten_forecast_stay_one_fact():
    assert forecast_apart("the imf cut its growth forecast for kenya", "the imf lowered its kenya growth outlook") is None
    assert forecast_apart("kenya s economy grew 5 percent beating forecasts", "kenya s economy grew 5 percent") is None
    assert compare("Toyota raised its profit forecast this month.",
                   "Toyota lifted its profit forecast this month.").relation == "duplicate"
