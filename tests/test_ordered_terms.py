"""A term of an act ordered ("ordered 30 days of detention for X") is that act, and "the extradition
of" an extraditing (`language.stems.ACT_NOUNS`, `TERM_UNITS`), so that a court refusing the request
for it clashes with its order."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.normalize import normalize


def test_a_term_of_detention_reads_as_the_act() -> None:
    assert "arrest" in normalize("A court ordered 30 days of detention for the former governor.").tokens
    assert "extradit" in normalize("A judge ordered the extradition of the businessman.").tokens
    # without a term the noun stays
    assert "arrest" not in normalize("The detention centre for migrants was closed.").tokens


def test_an_order_against_a_request_refused_is_a_conflict() -> None:
    assert compare("The court ordered 30 days of detention for the former governor.",
                   "The court rejected a request to detain the former governor.").relation == "conflict"
    assert compare("A judge ordered the extradition of the businessman to Spain.",
                   "A judge refused a request to extradite the businessman to Spain.").relation == "conflict"
    # hard negatives: kept as they were
    assert compare("The court ordered 30 days of detention for the former governor.",
                   "The court ordered the former governor detained for 30 days.").relation != "conflict"
