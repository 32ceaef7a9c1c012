"""A record against a superlative over a span ("in the country's history" / "since 2019") is two
facts (`match.record_spans`; helper dup137)."""

from workbench.core.match.compare import compare


def test_a_record_and_a_span_are_two_facts() -> None:
    c = compare("Organisers said it was the largest single march of farmers in the country's history.",
                "Organisers said it was the largest single march of farmers since 2019.")
    assert c.relation != "duplicate"
    c = compare("Ecuador recorded 7,878 murders in 2023, the highest number in its history.",
                "Ecuador recorded 7,878 murders in 2023, the lowest in a decade.")
    assert c.relation != "duplicate"


def test_one_record_told_two_ways_stays_one_fact() -> None:
    c = compare("Police said it was the greatest theft of gold bars in the city's history.",
                "The robbery was the largest theft of gold bars on record in the city, according to police.")
    assert c.relation == "duplicate"
    c = compare("It was the largest protest since 2019, police said.", "Police said it was the biggest protest since 2019.")
    assert c.relation == "duplicate"
