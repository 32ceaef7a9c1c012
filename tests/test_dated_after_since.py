"""A date after "since" is the point a count runs from: the act's own dates are compared."""

from workbench.core.match.compare import compare


def test_other_days_of_one_count_are_two_events() -> None:
    c = compare("The fifth storm since October hit the coast of Brittany on 2 December.",
                "The sixth storm since October hit the coast of Brittany on 9 January.")
    assert c.relation != "duplicate"
    assert any("dates far apart (2 December vs 9 January)" in r for r in c.reasons)


def test_one_day_in_two_formats_stays_duplicate() -> None:
    c = compare("The second strike since January shut schools across Ontario on 4 March.",
                "The second strike since January shut schools across Ontario on March 4.")
    assert c.relation == "duplicate"


def test_a_state_since_a_date_reported_later_stays_duplicate() -> None:
    c = compare("Inflation has fallen since January, officials said.",
                "Inflation has fallen since January, data showed on 3 May.")
    assert c.relation == "duplicate"
