"""An act done "at the request of" another is an act, not a call (`wanted._BACKGROUND`), and
"walked out of jail" is a release, not a strike (`language.verbs`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.wanted import wanted


def test_at_the_request_of_is_no_call() -> None:
    assert wanted("australia send police and soldiers to honiara at the ask for of the solomonislands government") is None
    assert wanted("the government ask for international help") == "call"


@pytest.mark.parametrize("a, b", [
    ("Australia sent police and troops to Honiara at the request of the Solomon Islands government.",
     "Canberra dispatched police officers and soldiers to the Solomon Islands capital after Honiara asked for help."),
    ("France sent firefighting planes to Greece at the request of the Greek government on Monday.",
     "Paris dispatched firefighting aircraft to Greece on Monday after Athens asked for assistance."),
    ("Three journalists walked out of prison in Asmara on Friday.",
     "Three journalists were freed from prison in Asmara on Friday."),
])
def test_one_act_retold(a: str, b: str) -> None:
    assert compare(a, b).relation == "duplicate"
