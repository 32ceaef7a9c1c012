"""A body and the members it acts through are one doer (`language.kinds.MEMBERS_OF`): "the National
Assembly" / "French deputies", "the Senate" / "senators", "the Supreme Court" / "the justices". So
the opposite outcome of their one vote or ruling is a conflict, not another doer's act; a senate
and a lower house's deputies stay two."""

from __future__ import annotations

from workbench.core.match.claim_view import claim_roles
from workbench.core.match.compare import compare, prepared
from workbench.core.match.doers import other_doer


def _doers(text: str) -> frozenset[str] | None:
    return claim_roles(text, prepared(text)[0])[1]


def _apart(a: str, b: str) -> str | None:
    na, nb = prepared(a)[0], prepared(b)[0]
    return other_doer(_doers(a), _doers(b), frozenset(na.tokens), frozenset(nb.tokens))


def test_a_parliament_and_its_deputies_are_one_doer():
    assert _apart("The National Assembly passed the budget for 2025 on Friday.",
                  "Kenyan MPs voted down the budget for 2025 on Friday.") is None


def test_their_opposite_votes_are_a_conflict():
    assert compare("The National Assembly passed the budget for 2025 on Friday.",
                   "Kenyan MPs voted down the budget for 2025 on Friday.").relation == "conflict"


def test_a_senate_is_not_the_deputies():
    doers_senate, doers_deputies = _doers("The Senate approved the bill."), _doers("French deputies approved the bill.")
    assert doers_senate is not None and doers_deputies is not None
    assert not {d for d in doers_senate & doers_deputies if d.startswith("<of:")}
