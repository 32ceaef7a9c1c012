"""A headline's doer is read (`match.doers`): two headlines naming two kinds of armed men for one
act are two facts, while its capitalised words are never taken for names."""

from __future__ import annotations

from workbench.core.match.compare import compare


def _doer_reason(a: str, b: str) -> str | None:
    return next((r for r in compare(a, b).reasons if r.startswith("another doer")), None)


def test_two_headlines_with_two_kinds_of_doer_are_two_facts() -> None:
    a = "INSURGENTS FIRE 15 ROCKETS AT PALMA ON 12 JUNE"
    b = "MOZAMBICAN TROOPS FIRE 15 ROCKETS AT PALMA ON 12 JUNE"
    assert _doer_reason(a, b) == "another doer: militants / soldiers: a different fact"
    assert compare(a, b).relation != "duplicate"
    title_a, title_b = "Insurgents Fire 15 Rockets at Palma on 12 June", "Mozambican Troops Fire 15 Rockets at Palma on 12 June"
    assert _doer_reason(title_a, title_b) == "another doer: militants / soldiers: a different fact"


def test_a_headline_against_a_sentence_of_another_doer_kind() -> None:
    a = "REBELS FIRE 15 ROCKETS AT GOMA ON 3 MAY"
    b = "Government troops fired 15 rockets at Goma on 3 May, officials said."
    assert _doer_reason(a, b) == "another doer: militants / soldiers: a different fact"


def test_capitalised_words_of_a_headline_are_no_names() -> None:
    # every word is capitalised: "Unidentified" and "Armed" are no actors' names
    a = "Unidentified Gunmen Seize 40 Trucks in Goma on 3 May"
    b = "Armed Gunmen Seize 40 Trucks in Goma on 3 May"
    assert _doer_reason(a, b) is None
    assert _doer_reason("UNIDENTIFIED GUNMEN SEIZE 40 TRUCKS IN GOMA", "ARMED GUNMEN SEIZE 40 TRUCKS IN GOMA") is None
