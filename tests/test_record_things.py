"""A record thing told two ways ("the largest march of farmers in the country's history" / "the
biggest march of farmers ever recorded") is one statement (`language.record_things`; helper dup137)."""

from workbench.core.match import knowledge
from workbench.core.match.compare import compare


def test_a_record_thing_told_two_ways_is_one_fact() -> None:
    c = compare("Customs officers said it was the biggest seizure of cocaine in the port's history.",
                "The haul was the largest seizure of cocaine ever recorded at the terminal, according to customs.")
    assert c.relation == "duplicate"


def test_the_record_frames_are_written_one_way() -> None:
    for said in ("It was the largest single march of farmers in the country's history.",
                 "It was the biggest single march of farmers ever recorded.",
                 "It was the greatest theft of gold bars on record."):
        assert "the record " in knowledge.rewritten(said)[0], said
    assert "in Ecuador" in knowledge.rewritten("It was the biggest seizure of cocaine in Ecuador's history.")[0]
    low = knowledge.rewritten("It was the smallest seizure of cocaine in Ecuador's history.")[0]
    assert "the record low seizure" in low
    # a superlative against a span or a place, and "most", tell no record
    for said in ("It was the largest march of farmers since 2019.", "It was the largest march of farmers in Europe.",
                 "It was the most violent protest in history."):
        assert "the record" not in knowledge.rewritten(said)[0], said
