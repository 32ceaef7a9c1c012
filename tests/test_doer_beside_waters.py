"""A name inside the name of waters ("Lake Chad", "the Gulf of Mexico") is no mention of the country:
two capitals standing for two governments stay two doers beside it (`inside_names.names_inside_names`)."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.inside_names import names_inside_names


def test_a_lake_named_after_a_country_names_no_country():
    assert names_inside_names("Troops were sent to the islands of Lake Chad") == frozenset(["chad"])
    assert names_inside_names("Chad sent troops to Lake Chad") == frozenset()  # named outside the lake too


def test_two_capitals_beside_one_lake_are_two_doers():
    assert compare("Lilongwe has deployed patrol boats on Lake Malawi to stop fishing by foreign crews",
                   "Dodoma has deployed patrol boats on Lake Malawi to stop fishing by foreign crews").relation \
        != "duplicate"
    assert compare("Lilongwe has deployed patrol boats on Lake Malawi",
                   "Malawi has sent patrol boats to Lake Malawi").relation == "duplicate"
