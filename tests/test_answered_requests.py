"""A request answered ("turned down Ukraine's request for more tanks") tells the answer, not a call:
it and "declined to send Ukraine more tanks" are one fact, and a call told against it stays
another (helper dup131, sets 129-132 read)."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.wanted import wanted


def test_a_request_answered_is_no_call_and_a_request_made_is_one() -> None:
    assert wanted("germany reject ukraine s ask for more tanks") is None
    assert wanted("they granted their ask for asylum") is None
    assert wanted("ukraine made a ask for more tanks") == "call"
    assert wanted("ukraine asked germany for more tanks") == "call"


def test_a_refusal_told_as_a_request_turned_down_is_one_fact() -> None:
    assert compare("Germany declined to send Ukraine more tanks on Friday.",
                   "Germany turned down Ukraine's request for more tanks on Friday.").relation == "duplicate"
    assert compare("The council declined to give the club a licence extension on Tuesday.",
                   "On Tuesday the council turned down the club's request for a licence extension.").relation == "duplicate"


def test_the_request_itself_or_its_grant_is_no_duplicate_of_its_refusal() -> None:
    assert compare("Ukraine asked Germany for more tanks on Friday.",
                   "Germany turned down Ukraine's request for more tanks on Friday.").relation != "duplicate"
    assert compare("Germany agreed to send Ukraine more tanks on Friday.",
                   "Germany turned down Ukraine's request for more tanks on Friday.").relation != "duplicate"
