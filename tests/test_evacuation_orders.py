"""People "ordered to leave their homes" are people whose evacuation was ordered, and "people
living near X" its residents (`language.evacuation_orders`, `language.populations`, sets
133-136, helper dup133); people urged to leave, forced from their homes or who returned home
are other facts."""

from __future__ import annotations

import pytest

from workbench.core.language.evacuation_orders import rewrite_evacuation_orders
from workbench.core.language.populations import rewrite_people_living
from workbench.core.match.compare import compare_many

DUPLICATES = [
    ("The mayor ordered the evacuation of about 5,000 people living near the river.",
     "Some 5,000 residents near the river were ordered to leave their homes by the city."),
    ("Officials ordered the evacuation of 12,000 people living below the dam.",
     "Some 12,000 residents below the dam were told to leave their homes by officials."),
]
NOT_DUPLICATES = [
    ("Authorities ordered the evacuation of 16,000 people near the volcano.",
     "Some 16,000 residents near the volcano returned home, authorities said."),
    ("The mayor ordered the evacuation of about 5,000 people living near the river.",
     "About 5,000 residents near the river were ordered to boil their water by the city."),
]


def test_an_order_to_leave_homes_is_an_evacuation_ordered() -> None:
    assert rewrite_evacuation_orders("Residents were ordered to leave their homes.", []) == \
        "Residents were ordered to evacuate."
    assert rewrite_evacuation_orders("The mayor told 5,000 residents to leave their homes.", []) == \
        "The mayor ordered the evacuation of 5,000 residents."
    for kept in ("Residents were urged to leave their homes.", "He was ordered to leave the country.",
                 "Some 16,000 residents returned home."):
        assert rewrite_evacuation_orders(kept, []) == kept


def test_people_living_somewhere_are_its_residents() -> None:
    assert rewrite_people_living("5,000 people living near the river", []) == "5,000 residents near the river"
    for kept in ("people living with HIV", "people living in poverty"):
        assert rewrite_people_living(kept, []) == kept


@pytest.mark.parametrize("semantic", [False, True])
def test_an_evacuation_ordered_told_two_ways_is_a_duplicate(semantic: bool) -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES, semantic=semantic), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)


@pytest.mark.parametrize("semantic", [False, True])
def test_people_returning_or_told_to_do_another_thing_are_no_duplicate(semantic: bool) -> None:
    for (a, b), c in zip(NOT_DUPLICATES, compare_many(NOT_DUPLICATES, semantic=semantic), strict=True):
        assert c.relation != "duplicate", (a, b, c.reasons)
