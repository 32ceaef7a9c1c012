"""An outcome told against its opposite when both claims also name that opposite as an attribute
("its detained members were freed" / "its detained members were still being held"): the shared
words are what both say, the extra one is the other claim's act (`opposites.opposite_outcome`).
A claim that tells both outcomes itself, against one telling one of them once, stays no conflict."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.opposites import opposite_outcome


@pytest.mark.parametrize(("a", "b"), [
    ("The rebels have released the abducted engineers", "The abducted engineers are still being held by the rebels"),
    ("Police freed the arrested journalists in Bamako", "The arrested journalists remain detained by police in Bamako"),
])
def test_the_shared_attribute_leaves_the_act(a: str, b: str) -> None:
    found = compare(a, b)
    assert found.relation == "conflict"
    assert any(r.startswith("opposite outcomes") for r in found.reasons)


def test_a_claim_telling_both_outcomes_is_no_opposite() -> None:
    assert opposite_outcome(["soldier", "block", "truck", "reach", "goma"], ["truck", "reach", "goma"]) is None
    assert opposite_outcome(["polic", "releas", "protest", "arrest"], ["polic", "arrest", "protest"]) is None
    assert opposite_outcome(["releas", "arrest", "member"], ["arrest", "member", "arrest"]) is not None
