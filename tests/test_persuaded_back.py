"""One coaxed, lured or wooed back into a place or a body was persuaded to return to it (helper dup129,
sets 129-132 read); "coaxed a goal", "lured investors with tax breaks" stay as written."""

from __future__ import annotations

from workbench.core.language.told_otherwise import rewrite_told_otherwise
from workbench.core.match.compare import compare


def _told(text: str) -> str:
    return rewrite_told_otherwise(text, [])


def test_phrases_are_written_one_way() -> None:
    assert _told("He flew there in a bid to coax the country back into the forum.") \
        == "He flew there in a bid to persuade the country to return to the forum."
    assert _told("The chain lured former customers back to its stores.") \
        == "The chain persuaded former customers to return to its stores."
    for text in ("The striker coaxed a goal out of nothing.", "The city lured investors with tax breaks.",
                 "The army pushed the rebels back to the border."):
        assert _told(text) == text


def test_duplicates_told_with_another_verb() -> None:
    assert compare("The mediator flew to Khartoum in May to persuade the rebels to return to the talks.",
                   "In May the mediator travelled to Khartoum in a bid to coax the rebels back to the talks.") \
        .relation == "duplicate"
    assert compare("The federation wants to persuade the veteran striker to return to the national team.",
                   "The federation hopes to coax the veteran striker back into the national team.").relation == "duplicate"


def test_hard_negatives_keep_their_answer() -> None:
    assert compare("The mediator flew to Khartoum to persuade the rebels to return to the talks.",
                   "The mediator flew to Khartoum to coax the army back to the talks.").relation != "duplicate"
