"""An acronym the tables do not know and a hyphenated name opening a claim name its doer ("the PTI",
"Ahl-e-Sunnat"): two such doers of one act are two facts, unless the other claim spells the
acronym out or the acronym is a known body's or a part of one ("UNIFIL" / "UN peacekeepers")."""

from workbench.core.match.compare import compare
from workbench.core.vocab import Relation


def test_two_parties_calling_one_strike_are_two_facts() -> None:
    a, b = ("The PTI called a nationwide general strike for Friday",
            "Ahl-e-Sunnat called a nationwide general strike for Friday")
    result = compare(a, b)
    assert result.relation != Relation.DUPLICATE
    assert any("another doer" in r for r in result.reasons)


def test_an_acronym_spelt_out_is_one_doer() -> None:
    a, b = ("The ANC won 159 seats in the national assembly",
            "The African National Congress won 159 seats in the national assembly")
    assert compare(a, b).relation == Relation.DUPLICATE


def test_a_part_of_a_known_body_is_no_other_doer() -> None:
    a, b = ("UNIFIL set up a new observation post near Naqoura",
            "UN peacekeepers established a new observation post near Naqoura")
    assert not any("another doer" in r for r in compare(a, b).reasons)


def test_an_unknown_acronym_may_be_the_force_a_state_or_a_kind_names() -> None:
    a, b = ("The ENDF shelled 12 villages near Mekelle on 14 June", "Ethiopian troops shelled 12 villages near Mekelle on 14 June")
    assert compare(a, b).relation == Relation.DUPLICATE
