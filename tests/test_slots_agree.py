"""A retelling with few words in common is one fact when every slot it fills agrees and nothing
sets the two claims apart (`anchor.slots_floor`: the floor without a figure, on the lexical path
and, higher and asked of the semantic model alone, on the semantic one)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare, compare_many


@pytest.mark.parametrize(("a", "b"), [
    ("Islamabad has suspended mobile internet in Quetta amid unrest",
     "Pakistan's government cut off cellular data services in Quetta because of the violence"),
])
def test_a_paraphrase_in_one_place_is_the_fact(a: str, b: str) -> None:
    r = compare(a, b)
    assert r.relation == "duplicate", r.reasons
    assert any("every slot agrees" in x for x in r.reasons), r.reasons


@pytest.mark.parametrize(("a", "b"), [
    # one claim gives a figure the other lacks: a slot unfilled, no floor
    ("Islamabad has suspended mobile internet in Quetta for three days",
     "Pakistan's government cut off cellular data services in Quetta because of the violence"),
    # two doers in one country on one month: knowledge sets them apart
    ("Kenya's parliament passed the budget in June", "Kenya's central bank cut interest rates in June"),
    # another day
    ("Islamabad suspended mobile internet in Quetta on Monday",
     "Pakistan's government cut off cellular data services in Quetta on Friday"),
])
def test_no_floor_when_a_slot_is_open_or_apart(a: str, b: str) -> None:
    assert compare(a, b).relation != "duplicate"


@pytest.mark.parametrize(("a", "b"), [
    ("The curfew in Sokodé was lifted on Tuesday, the presidency said.",
     "The president's office said the curfew in the northern town had ended on Tuesday."),
    ("Fuel shortage hits Bujumbura as tankers stranded at border",
     "Petrol stations in Bujumbura are running dry because fuel tankers are stuck at the border with Tanzania."),
])
def test_the_semantic_path_has_the_floor_too(semantic, a: str, b: str) -> None:
    r = compare_many([(a, b)])[0]
    assert r.relation == "duplicate", r.reasons
    assert any("every slot agrees" in x for x in r.reasons), r.reasons


def test_the_semantic_floor_asks_the_semantic_model(semantic) -> None:
    # both in November, both of Turkey: the lexical model's same-statement probability alone is not asked
    r = compare_many([("Inflation in Turkey eased in November", "Turkey won the football match in November")])[0]
    assert r.relation != "duplicate", r.reasons
