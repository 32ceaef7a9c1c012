"""A "not" before the other claim's verb, after the same opening, denies it however the rest
differs (`denied_scope.opening_denied`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.denied_scope import opening_denied


@pytest.mark.parametrize("a, b", [
    ("Sogavare said he would resign if it would help end the violence in Honiara.",
     "Sogavare said he would not resign, insisting he would not bow to \u201ca small group of people\u201d."),
    ("The health minister said she would resign over the vaccine scandal.",
     "The health minister said she would not resign, calling the allegations a smear campaign."),
    ("The mayor said he would run for a third term in the November election.",
     "The mayor said he would not run again, ending weeks of speculation about his plans."),
])
def test_the_same_opening_denied_is_a_conflict(a: str, b: str) -> None:
    assert opening_denied(a, b)
    assert compare(a, b).relation == "conflict"


def test_another_opening_or_verb_is_no_such_denial() -> None:
    assert not opening_denied("The mayor said he would run for a third term.", "The governor said he would not run again.")
    assert not opening_denied("The mayor said he would run for a third term.", "The mayor said he would not resign.")
    # a "not" after the opening clause denies an aside, not the other's statement
    assert not opening_denied("The mayor said he would run again.", "The mayor said he would run again, but did not say when.")
