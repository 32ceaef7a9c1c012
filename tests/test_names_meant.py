"""A name names more than its words (`place_names.names_written`, helper pairsconf5): a people's
adjective its place ("Papuan" Papua), a country its capital, where its government sits, so two
places each claim names are no other place ("Indonesia's parliament ... Papua's provinces" /
"Lawmakers in Jakarta ... Papuan provinces")."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.place_names import names_written, places_differ_unnamed


def test_an_adjective_and_a_country_name_more():
    assert "papua" in names_written("the three newly created Papuan provinces")
    assert "jakarta" in names_written("Indonesia's parliament approved a budget")
    assert "congo" in names_written("Congolese troops advanced")


def test_two_places_named_by_both_are_one():
    a, b = names_written("Indonesia's parliament approved it for Papua's provinces"), \
        names_written("Lawmakers in Jakarta passed it for the Papuan provinces")
    assert places_differ_unnamed("Papua", "Jakarta", a, b) is None
    # a place the other claim does not name at all still sets them apart
    assert places_differ_unnamed("Papua", "Jakarta", a, names_written("Lawmakers in Jakarta passed it")) is not None


def test_the_budget_told_two_ways_is_a_duplicate():
    c = compare("Indonesia's parliament approved a budget of 10.2 trillion rupiah for Papua's three new provinces.",
                "Lawmakers in Jakarta passed a 10.2 trillion rupiah allocation for the three newly created Papuan provinces.")
    assert c.relation == "duplicate", c.reasons
