"""Running for office told in other words (`language.paraphrases`, stop 34): standing in an
election, being a candidate in it, seeking the presidency or re-election are running for it, so a
candidacy denied in other words is a conflict; and being barred from doing something is not doing
it ("barred from seeking office" / "cannot run")."""

from __future__ import annotations

import pytest

from workbench.core.language.paraphrases import rewrite_paraphrases
from workbench.core.match.compare import compare
from workbench.core.match.normalize import implicit_negation


@pytest.mark.parametrize(("text", "written"), [
    ("The opposition leader will stand in the March election", "will run in the March election"),
    ("She stood for re-election in 2019", "She ran for re-election"),
    ("He is a candidate for the presidency", "He is running for the presidency"),
    ("The general said he would not be a candidate in the vote", "would not run in the vote"),
    ("The president is seeking a third term", "is running for a third term"),
])
def test_a_candidacy_is_written_as_running(text, written):
    assert written in rewrite_paraphrases(text, [])


@pytest.mark.parametrize("text", [
    "Soldiers will stand guard at the polling stations",
    "The party will stand by the results of the vote",
    "Fans stood for the anthem",
])
def test_standing_that_is_no_candidacy_stays(text):
    assert rewrite_paraphrases(text, []) == text


def test_a_candidacy_and_its_denial_in_other_words_conflict():
    c = compare("Coup leader Assimi Goita said he will stand in next year's presidential election",
                "Assimi Goita, who leads the junta, said he would not be a candidate in next year's presidential election",
                cosine=None)
    assert c.relation == "conflict"


def test_barred_from_doing_is_an_implicit_negation():
    assert implicit_negation("The former president is barred from seeking office")
    assert implicit_negation("Reporters were prevented from entering the court")
    assert not implicit_negation("The former president is seeking office")
