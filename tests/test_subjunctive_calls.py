"""A call told in the subjunctive ("recommended that the firm be prosecuted") is a call, in any
tense (`wanted._CALL`): two calls are one kind of statement, a call and the act done two facts."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.wanted import wanted


def test_subjunctive_is_a_call() -> None:
    assert wanted("a kenyan parliamentary committee recommended that the governor be impeached") == "call"
    assert wanted("the ethics board proposed that the mayor be suspend") == "call"
    assert wanted("replays suggested that the ball had crossed the line") is None


def test_deliberation_and_statements_are_no_call() -> None:
    """A light verb of deliberation ("that consideration be given to") and a modal statement ("could
    be higher") ask for no act on anyone (MRPC dev; helper dupc105)."""
    assert wanted("it recommended that consideration be given to making the post a career job") is None
    assert wanted("the audit recommended that attention be paid to the accounts") is None
    assert wanted("officials suggest that the death toll could be higher") is None
    assert wanted("the report recommended that the prisoners be given amnesty") == "call"


def test_gerund_proposal_is_a_call() -> None:
    """"recommended charging X" asks what "recommended that X be charged" asks (helper dupc105)."""
    assert wanted("the inquiry recommended charging the former police chief") == "call"
    assert wanted("the data suggests rising prices") is None
    assert compare("The inquiry recommended charging the former police chief.",
                   "The inquiry recommended that the former police chief be charged.").relation == "duplicate"


def test_deliberation_asked_two_ways_is_one_statement() -> None:
    assert compare("The review recommended that consideration be given to merging the two agencies.",
                   "The review suggests that ministers consider merging the two agencies.").relation == "duplicate"


@pytest.mark.parametrize("a, b", [
    ("The inquiry recommended that the police chief be dismissed.", "The inquiry called for the police chief to be dismissed."),
    ("The ethics board proposed that the mayor be suspended.", "The ethics board called for the mayor's suspension."),
])
def test_two_calls_are_one_statement(a: str, b: str) -> None:
    assert compare(a, b).relation == "duplicate"


@pytest.mark.parametrize("a, b", [
    ("A Kenyan parliamentary committee recommended that the governor be impeached.", "The Kenyan parliament impeached the governor."),
    ("The ethics board recommended that the mayor be suspended.", "The ethics board suspended the mayor."),
])
def test_a_call_is_not_the_act(a: str, b: str) -> None:
    assert compare(a, b).relation != "duplicate"
