"""A trip to a named place told as a visit ("travelled to Fukushima" / "visited Fukushima", "flew
into"): one act (helper dup131, sets 129-132 read); another place or another day stays another fact."""

from __future__ import annotations

from workbench.core.language.journeys import rewrite_journeys
from workbench.core.match.compare import compare


def _told(text: str) -> str:
    return rewrite_journeys(text, [])


def test_a_trip_to_a_named_place_is_a_visit_in_its_tense() -> None:
    assert _told("The minister travelled to Fukushima on Sunday.") == "The minister paid a visit to Fukushima on Sunday."
    assert _told("She is flying to the island of Lampedusa.") == "She is paying a visit to the island of Lampedusa."
    assert _told("He will fly into Nuuk.") == "He will pay a visit to Nuuk."
    # no named place, a trip not made, an aircraft: as written
    for text in ("Troops travelled to the border.", "Residents flew to safety.", "The minister went to Tokyo.",
                 "They advised citizens not to travel to Taiwan.", "The only carrier flying to Baghdad stopped."):
        assert _told(text) == text


def test_travelled_to_and_visited_are_one_act() -> None:
    assert compare("Japan's prime minister visited Fukushima on Sunday.",
                   "Japan's prime minister travelled to Fukushima on Sunday.").relation == "duplicate"
    assert compare("The German chancellor visited the flood-hit town of Ahrweiler on Wednesday.",
                   "On Wednesday the German chancellor travelled to Ahrweiler, the town hit by the floods.").relation \
        == "duplicate"


def test_a_capital_travelled_to_stays_a_place() -> None:
    assert compare("Serbian Patriarch Porfirije travelled to Podgorica for the signing ceremony.",
                   "The head of the Serbian Orthodox Church, Porfirije, came to the Montenegrin capital to sign the accord."
                   ).relation == "duplicate"


def test_a_trip_to_another_place_or_on_another_day_is_no_duplicate() -> None:
    assert compare("The Indian prime minister visited Dhaka on Friday.",
                   "The Indian prime minister travelled to Kathmandu on Friday.").relation != "duplicate"
    assert compare("The foreign minister visited Tokyo on Tuesday.",
                   "The foreign minister travelled to Tokyo on Thursday.").relation != "duplicate"
