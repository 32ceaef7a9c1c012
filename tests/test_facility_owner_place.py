"""A possessive owner before a named facility is the place ("at Tehran's Evin prison" is in
Tehran), so a claim naming the town and one naming the facility are no "different places"; a
possessive before a place that is none keeps the place ("in Washington's Georgetown") (helper
pairsdup2)."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.place_names import places


def test_the_owner_of_a_facility_is_the_place():
    assert places("Guards fired tear gas at Tehran's Evin prison on Monday") == ("Tehran",)
    assert places("A fire broke out at Nairobi's Kenyatta hospital") == ("Nairobi",)


def test_the_owner_of_a_place_is_not_read():
    assert places("Shops were looted in Washington's Georgetown on Monday") == ("Georgetown",)


def test_a_facility_told_with_its_town_either_way_is_one_fact():
    c = compare("A fire broke out at the Kenyatta hospital in Nairobi early on Sunday, the fire service said",
                "Fire broke out at Nairobi's Kenyatta hospital in the early hours of Sunday, firefighters said")
    assert not any(r.startswith("different places") for r in c.reasons), c.reasons
