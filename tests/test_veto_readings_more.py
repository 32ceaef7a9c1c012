"""Denials fed by misreadings (invented sentences, second round): a negation that denies only a
degree or a predicate the other claim does not state, "not until" (when, not whether), a
dismissal from a post read as calling something false. The real denials next to each stay."""

from __future__ import annotations

import pytest

from workbench.core.language.negation import denial_scopes, negation_scopes
from workbench.core.match.compare import compare


def _clash(a: str, b: str) -> bool:
    return compare(a, b).features["negation_clash"] > 0


@pytest.mark.parametrize("a, b", [
    ("Gunmen fired on a patrol in the valley, wounding four, none seriously.",
     "Gunmen fired on a patrol in the valley, wounding four."),
    ("Rescuers said no climber was swept away, but two were left hanging from the ropes.",
     "Rescuers said two of the climbers were left hanging from the ropes."),
    ("No cracks were found; instead the engineers saw rust and loose bolts on the bridge.",
     "The engineers saw only rust and loose bolts where cracks had been feared on the bridge."),
    ("The town's referendum isn't until June 4, after 12 other towns.",
     "The town's referendum will be June 4, after 12 other towns."),
    ("The final hearing is not until next spring, the court said.", "The final hearing is next spring, the court said."),
])
def test_negation_that_denies_nothing_the_other_says_is_no_clash(a: str, b: str) -> None:
    assert not _clash(a, b) and not _clash(b, a)


@pytest.mark.parametrize("a, b", [
    ("Gunmen wounded four soldiers, none seriously.", "Gunmen seriously wounded four soldiers."),
    ("No climbers were swept away by the avalanche.", "Two climbers were swept away by the avalanche."),
    ("No decisions have been made about the new school.", "Decisions have been made about the new school."),
    ("There were no injuries in the blast at the mill.", "There were injuries in the blast at the mill."),
    ("The referendum will not take place in June.", "The referendum will take place in June."),
])
def test_real_denials_still_clash(a: str, b: str) -> None:
    assert _clash(a, b) and _clash(b, a)
    assert compare(a, b).relation != "duplicate"


def test_negation_scopes_of_degree_subject_and_until() -> None:
    assert negation_scopes("They hurt three, none seriously.") == [("seriously",)]
    assert negation_scopes("None of them was hurt.") == [None]
    assert negation_scopes("No guard was armed.") == [("armed",)]
    assert negation_scopes("There were no injuries.") == [("injuries",)]
    assert negation_scopes("The vote isn't until May.") == []
    assert negation_scopes("He did not leave until May.") == [("leave", "until", "may")]  # a denial of leaving


def test_dismissal_from_a_post_is_no_denial() -> None:
    a = "The club fired coach Dan Lee on Sunday after a 3-9 start."
    b = "Dan Lee was told of his dismissal as coach by the club on Sunday after a 3-9 start."
    assert not _clash(a, b) and not _clash(b, a)
    assert not _clash("The club fired coach Dan Lee on Sunday.", "The club dismissed coach Dan Lee on Sunday.")
    # calling a claim false still denies
    assert _clash("The ministry dismissed reports that the dam had burst.", "The ministry said the dam had burst.")
    assert _clash("Officials dismissed the plan as a sham.", "Officials backed the plan.")
    # the same act told twice is no denial either way
    assert not _clash("The judge dismissed another suit, this one against the fund's managers.",
                      "The judge dismissed a similar suit filed against the fund's managers.")


@pytest.mark.parametrize("a, b", [
    ("Fire gutted the village store overnight.", "Village store fire: man denies arson."),
    ("Voters in the republic cast ballots on Sunday in an election dismissed by critics as a sham.",
     "Voters in the republic began to cast their ballots on Sunday in the fourth election."),
])
def test_a_denial_of_something_the_other_does_not_say_is_no_clash(a: str, b: str) -> None:
    assert not _clash(a, b) and not _clash(b, a)


@pytest.mark.parametrize("a, b", [
    ("Police said the suspect was arrested on Monday.", "Police denied that the suspect was arrested on Monday."),
    ("The army sent troops to the border.", "The army denied sending troops to the border."),
    ("The ministry said the dam had burst.", "The ministry denied it."),
    ("The ministry said the dam had burst.", "The ministry said reports that the dam had burst were false."),
])
def test_real_denials_by_a_denial_word_still_clash(a: str, b: str) -> None:
    assert _clash(a, b) and compare(a, b).relation != "duplicate"


def test_denial_scopes() -> None:
    assert denial_scopes("Man denies arson.") == [("arson",)]
    assert denial_scopes("The ministry denied the reports.") == [None]
    assert denial_scopes("The report is false.") == [None]
    assert denial_scopes("He did not deny the report.") == []


def test_two_denials_of_one_thing_are_no_clash() -> None:
    assert not _clash("The ministers denied that the plan had been dropped.",
                      "The ministers denied Ms Lee's claims that the plan had been dropped.")
