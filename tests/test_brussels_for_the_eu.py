""""Brussels" as an actor is the European Union, whose institutions sit there, as a capital stands
for its government; "in Brussels" stays a place (helper pairsdup2)."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


def test_brussels_acting_is_the_european_union():
    assert rewrite("Brussels has fined the tech giant")[0] == rewrite("EU has fined the tech giant")[0]
    assert "Brussels" in rewrite("A summit was held in Brussels on Monday")[0]


def test_brussels_and_the_eu_suspending_one_thing_is_one_fact():
    c = compare("Brussels has suspended budget support to the Malian government",
                "The European Union has halted budget support for the government of Mali")
    assert c.relation == "duplicate", c.reasons
