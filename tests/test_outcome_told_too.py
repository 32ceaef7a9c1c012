"""An outcome a claim tells in another word of its own is no opposite of a third act
(`opposites._told_too`): "closed schools and sent workers home" / "suspended classes"."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize("a, b", [
    ("Havana closed schools and sent non-essential state workers home to save fuel.",
     "The Cuban government suspended classes and told non-essential state employees to stay home to conserve fuel."),
    ("The ministry closed universities and sent students home for two weeks to save power.",
     "The ministry suspended lectures and told students to stay home for two weeks to conserve electricity."),
])
def test_one_outcome_in_two_words_is_no_opposite(a: str, b: str) -> None:
    c = compare(a, b)
    assert not any(r.startswith("opposite outcomes") for r in c.reasons)
    assert c.relation != "conflict"


@pytest.mark.parametrize("a, b", [
    # a word both claims share, or one beside its own opposite, tells no outcome of its claim
    ("The 400 Mawozo gang has released the kidnapped American missionaries",
     "The kidnapped American missionaries are still being held by the 400 Mawozo gang"),
    ("Soldiers recaptured all 12 inmates who escaped from the Riobamba prison, the army said",
     "The 12 prisoners who broke out of Riobamba prison are still at large, police said"),
    ("The deposed president remained in power in Libreville on Wednesday",
     "The president was ousted by army officers in Libreville on Wednesday"),
])
def test_opposites_still_clash(a: str, b: str) -> None:
    assert compare(a, b).relation == "conflict"
