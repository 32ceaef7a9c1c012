"""What one "should" do, told as the sayer's view, against a call for it (helper dup129, sets 129-132
read): "urged FIFA to set aside $440 million" / "FIFA should put aside $440 million, according to
Amnesty" ask for one act, so no "asked for, not done" sets them apart. The act done stays apart from
the call, and a "should" is read as no call against an act (it may be an expectation)."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.wanted import wanted_apart


def test_should_is_no_act_done_against_a_call() -> None:
    assert wanted_apart("the imf urged egypt to let its currency float freely",
                        "egypt should let its currency float freely") is None
    assert wanted_apart("egypt should let its currency float freely",
                        "the imf urged egypt to let its currency float freely") is None
    # an act done against a call stays apart; a "should" against an act is not read as a call
    assert wanted_apart("the imf urged egypt to let its currency float freely", "egypt let its currency float freely")
    assert wanted_apart("the bridge should reopen next week", "the bridge will reopen next week") is None


def test_duplicates_told_as_what_one_should_do() -> None:
    assert compare("Human Rights Watch urged the government to release the detained journalists.",
                   "The government should release the detained journalists, according to Human Rights Watch.") \
        .relation == "duplicate"
    assert compare("The IMF urged Egypt to let its currency float freely.",
                   "Egypt should let its currency float freely, the IMF said.").relation == "duplicate"


def test_hard_negatives_keep_their_answer() -> None:
    assert compare("Human Rights Watch urged the government to release the detained journalists.",
                   "The government has released the detained journalists, according to Human Rights Watch.") \
        .relation != "duplicate"
    assert compare("The IMF urged Egypt to let its currency float freely.",
                   "Egypt let its currency float freely, the IMF said.").relation != "duplicate"
