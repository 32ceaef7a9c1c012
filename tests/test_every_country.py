"""Every country is a country to the doer and country rules, not only those known by another name
(`doers.country_name_tokens`), and a country named by its people's name is named (`doers.other_country`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.doers import country_name_tokens


def test_countries_known_by_one_name_are_countries() -> None:
    assert {"australia", "fiji", "papuanewguinea", "ukrain"} <= country_name_tokens()


@pytest.mark.parametrize("a, b", [
    ("Australia sent police and troops to Honiara at Sogavare's request.",
     "Papua New Guinea sent peacekeepers to Honiara at Sogavare's request."),
    ("Fiji sent soldiers to Port Vila at the government's request.",
     "New Zealand sent soldiers to Port Vila at the government's request."),
    ("Papua New Guinea recalled its ambassador from Jakarta on Thursday.",
     "Vanuatu recalled its ambassador from Jakarta on Thursday."),
])
def test_two_countries_doing_one_thing_are_two_facts(a: str, b: str) -> None:
    assert compare(a, b).relation != "duplicate"


def test_a_country_named_by_its_people_is_no_other_country() -> None:
    c = compare("Ukraine shot down a Russian fighter jet over the Black Sea, its air force said",
                "Russia rejected reports that one of its fighter jets had been shot down over the Black Sea")
    assert c.relation == "conflict"
    assert not any("another country" in r for r in c.reasons)
