"""A nationality told as a predicate (helper dup141, sets 141-144 read): "were from India", "were
Indian", "all of them Indian nationals" are one fact, written "from <country>"; an origin or a
route, and a count of nationals, stay as written; two countries stay apart."""

from __future__ import annotations

from workbench.core.language.told_otherwise import rewrite_told_otherwise
from workbench.core.match.compare import compare_many


def _told(text: str) -> str:
    return rewrite_told_otherwise(text, [])


def test_a_nationality_told_three_ways_is_written_one_way() -> None:
    assert _told("The crew were all Indian nationals.") == "The crew were all from India."
    assert _told("It carried 22 crew, all of them Filipino citizens.") == "It carried 22 crew, all of them from Philippines."
    assert _told("The two pilots were Nepali, the airline said.") == "The two pilots were from Nepal, the airline said."
    assert _told("The victims were all from the Philippines.") == "The victims were all from Philippines."


def test_an_origin_a_route_and_a_count_stay_as_written() -> None:
    for text in ("Flights from India to Nepal were halted.", "Three Indian nationals were killed.",
                 "They were Indian troops.", "The tanker was travelling from Greece."):
        assert _told(text) == text


def test_one_nationality_is_a_duplicate_and_two_are_not() -> None:
    found = compare_many([
        ("The 12 crew members of the seized tanker were from Indonesia.",
         "The 12 crew members of the seized tanker were Filipino."),
        ("The two journalists detained in Tehran were from France, the ministry said.",
         "The ministry said the two journalists detained in Tehran were from Germany."),
        ("The hijacked tanker's 25 crewmen were all from the Philippines, its Norwegian owner said.",
         "The Norwegian shipowner said the tanker was carrying 25 crew members, all of them Filipino nationals."),
    ], semantic=False)
    assert [c.relation for c in found][:2].count("duplicate") == 0
    assert found[2].relation == "duplicate" and found[2].probability > 0.85
