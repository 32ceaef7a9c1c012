"""Flights held up were delayed, and the cancellation of flights is a cancelling: a delay and a
cancellation are two facts however the count agrees (`language.phrases`, `language.stems.ACT_NOUNS`)."""

from __future__ import annotations

from workbench.core.language.phrases import rewrite_phrases
from workbench.core.match.compare import compare


def test_held_up_is_delayed_in_the_passive_only() -> None:
    assert rewrite_phrases("1,200 flights were held up in Antwerp.", []) == "1,200 flights were delayed in Antwerp."
    for text in ["The minister was held up as a model.", "Protesters held up signs."]:
        assert rewrite_phrases(text, []) == text


def test_a_delay_is_no_cancellation() -> None:
    for a, b in [("Twelve hundred flights were held up in Antwerp.", "Airlines scrapped 1,200 flights in Antwerp."),
                 ("1,200 flights were delayed in Antwerp.", "The cancellation of 1,200 flights in Antwerp.")]:
        assert compare(a, b).relation != "duplicate"


def test_a_delay_told_two_ways_is_one_fact() -> None:
    assert compare("Twelve hundred flights were held up in Antwerp.",
                   "The strike delayed 1,200 flights in Antwerp.").relation == "duplicate"
    assert compare("The cancellation of 1,200 flights in Antwerp.",
                   "1,200 flights were cancelled in Antwerp.").relation == "duplicate"


def test_held_up_before_a_count_is_delayed() -> None:
    assert rewrite_phrases("The strike held up 350 flights in Genoa.", []) == "The strike delayed 350 flights in Genoa."
    assert rewrite_phrases("The strike held up about seventy-five flights.", []) == \
        "The strike delayed about seventy-five flights."
    assert compare("The strike held up 350 flights in Genoa on Sept. 7.",
                   "350 flights were delayed in Genoa on Sept. 7.").relation == "duplicate"
