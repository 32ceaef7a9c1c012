"""A country named in one claim and told by its form of state in the other ("the sultanate", "the
kingdom") is one state; a country of another form is another state (helper dup139, sets 137-140)."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import country_names
from workbench.core.match.place_names import country_of
from workbench.core.match.states_by_kind import FORMS, state_by_kind, states_apart


def test_every_country_of_a_form_is_a_known_country() -> None:
    known = set(country_names().values())
    assert all(country_of(c) == c or c in known for countries in FORMS.values() for c in countries)


def test_a_state_told_by_its_form_is_the_country_the_other_names() -> None:
    found = state_by_kind("Brunei introduced the code in 2014.", "The sultanate began phasing in the code in 2014.")
    assert found is not None and found[1] == "Brunei began phasing in the code in 2014."
    assert compare("Saudi Arabia cut its oil output by one million barrels a day in July.",
                   "The kingdom trimmed its oil production by a million barrels per day in July.").relation == "duplicate"


def test_a_country_of_another_form_is_another_state() -> None:
    assert states_apart("Oman announced a new visa scheme.", "The kingdom announced a new visa scheme.")
    assert compare("Jordan announced a new visa scheme for tourists on Monday.",
                   "The sultanate announced a new visa scheme for tourists on Monday.").relation != "duplicate"
    assert state_by_kind("The United Kingdom cut rates.", "Spain cut rates.") is None
