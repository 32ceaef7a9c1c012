"""Acts, bodies, things and capitals news writes two ways (helper pairsdup7), on invented sentences:
who stopped eating or refused food went on hunger strike; money earmarked or set aside was
allocated; a budget signed off on was passed; a congress is a parliament; mobile phones are
cellphones; jails are prisons; more capitals stand for their governments ("Georgetown" = Guyana)
and "Ivory Coast" is Côte d'Ivoire; "the Kenyan government" is Kenya's."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare, prepared
from workbench.core.match.knowledge import rewrite


def _words(text: str) -> str:
    return rewrite(text)[0]


@pytest.mark.parametrize(("a", "b"), [
    ("Detainees at the camp stopped eating", "Detainees at the camp went on hunger strike"),
    ("Detainees at the camp are refusing food", "Detainees at the camp are going on hunger strike"),
    ("The ministry earmarked 300 million euros for the dams", "The ministry set aside 300 million euros for the dams"),
    ("The ministry allocated 300 million euros for the dams", "The ministry earmarked 300 million euros for the dams"),
    ("Senators signed off on the budget", "Senators approved the budget"),
    ("Congress passed the budget", "Lawmakers passed the budget"),
    ("Guards seized 40 mobile phones", "Guards seized 40 cellphones"),
    ("Guards searched three jails", "Guards searched three prisons"),
    ("Georgetown has recalled its ambassador", "Guyana has recalled its ambassador"),
    ("Abidjan has recalled its ambassador", "Ivory Coast has recalled its ambassador"),
    ("Ivory Coast has recalled its ambassador", "Côte d'Ivoire has recalled its ambassador"),
    ("The Kenyan government banned the rally", "Kenya's government banned the rally"),
    ("Malagasy authorities closed the port", "Madagascar's authorities closed the port"),
])
def test_two_wordings_are_written_one_way(a: str, b: str) -> None:
    assert prepared(a)[0].tokens == prepared(b)[0].tokens


def test_food_aid_refused_is_no_hunger_strike() -> None:
    assert "hunger" not in _words("The rebels refused food aid convoys")


def test_a_hunger_strike_told_as_food_refused_is_one_fact() -> None:
    c = compare("Inmates at Kamiti prison went on hunger strike over overcrowding, their lawyers said",
                "Prisoners in Kamiti have stopped eating in protest at overcrowding, according to their lawyers")
    assert c.relation == "duplicate", c.reasons


def test_a_capital_in_a_place_stays_a_place() -> None:
    assert "Guyana" not in _words("Protesters marched in Georgetown")


def test_a_people_adjective_names_a_government_only_before_its_words() -> None:
    assert _words("Kenyan runners won the race") == "Kenyan runners won the race"
    c = compare("Nairobi has banned the opposition rally", "The Kenyan government banned the opposition rally",
                cosine=0.5)
    assert c.relation == "duplicate", c.reasons
