"""Standing by a thing against disowning it (`match.opposites`: defend / disown, repudiate, renounce;
sets 137-140, helper conf137b)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The party leader defended the manifesto pledge in a radio interview.",
     "The party leader disowned the manifesto pledge in a radio interview."),
    ("The archbishop defended the council's statement in a sermon.",
     "The archbishop repudiated the council's statement in a sermon."),
]
NOT_CONFLICTS = [
    ("The party leader defended the manifesto pledge in a radio interview.",
     "The party leader defended the manifesto pledge on television."),
]


def test_defended_against_disowned_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_the_same_stance_is_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
