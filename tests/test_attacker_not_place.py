"""A people's name before a kind of attack names who attacked, not where ("killed in Israeli
strikes" happened wherever the strikes fell): read as a place it made "different places" of two
tallies of one war's dead, and their conflicting figures a mere relation (helper pairsdup2)."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.place_names import places


def test_a_people_before_an_attack_is_no_place():
    assert places("Nine people were killed in Russian drone attacks overnight") == ()
    assert places("Twelve died in Saudi air strikes on Tuesday") == ()


def test_a_people_before_anything_else_is_still_its_country():
    assert places("Two soldiers were killed in Afghan bomb blast.") == ("Afghan",)
    assert places("Protesters marched in Germany on Sunday.") == ("Germany",)


def test_two_tallies_of_one_bombing_campaign_conflict():
    c = compare("Lebanon's health ministry said 312 people had been killed in Israeli air strikes since Monday",
                "Israeli air strikes have killed 321 people in Lebanon since Monday, the Lebanese health ministry said")
    assert c.relation == "conflict", c.reasons
