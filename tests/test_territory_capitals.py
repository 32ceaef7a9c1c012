"""The seats of self-governing territories are capitals as a state's are ("Nuuk" / "Greenland's
capital"), and a capital described by an owner of two words ("in New Caledonia's capital") or with a
curly apostrophe ("Kenya’s capital") is read (helper dup131, sets 129-132 read); another territory's
or state's capital stays another place."""

from __future__ import annotations

from workbench.core.match.compare import compare, compare_many
from workbench.core.match.knowledge import rewritten
from workbench.core.match.place_names import places


def test_a_capital_described_by_a_two_word_owner_is_the_city() -> None:
    assert places("Thousands rallied in New Caledonia's capital.") == ("Noumea",)
    assert places("Troops were sent into South Sudan's capital.") == ("Juba",)


def test_a_territory_seat_and_its_territory_s_capital_are_one_place() -> None:
    assert compare("The United States reopened its consulate in Nuuk in June 2020.",
                   "Washington's consulate in Greenland's capital reopened in June 2020, decades after it was closed."
                   ).relation == "duplicate"
    assert compare("Protesters marched through the streets of Noumea on Saturday.",
                   "On Saturday protesters marched through the streets of New Caledonia's capital.").relation == "duplicate"


def test_another_capital_is_another_place() -> None:
    assert compare("The United States reopened its consulate in Nuuk in June 2020.",
                   "Washington's consulate in Denmark's capital reopened in June 2020.").relation != "duplicate"
    assert compare("Thousands of protesters rallied in Papeete on Saturday.",
                   "On Saturday thousands of protesters rallied in New Caledonia's capital.").relation != "duplicate"


def test_a_capital_described_with_a_curly_apostrophe_is_the_city() -> None:
    assert "Nairobi" in rewritten("A car bomb exploded in Kenya\u2019s capital on Sunday.")[0]


def test_a_territory_seat_visited_is_no_act_of_its_government() -> None:
    c = compare_many([("On 3 May, the Danish foreign minister visited Nuuk.",
                       "On 3 May, the Danish foreign minister met Greenland's premier.")], semantic=False)
    assert not any("capital for its government" in r for r in c[0].reasons)
