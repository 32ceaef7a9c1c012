"""Event words and dates that fed "a different fact" or "dates differ" vetoes (invented sentences):
an event only intended, attempted or denied is no event ("was hoping to arrest him", "were not
injured"); an execution is a killing; the day of a
comment or an interview is the report's, not the fact's. The right vetoes next to each stay."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.match import knowledge
from workbench.core.match.compare import compare, prepared


def _events(text: str) -> set[str]:
    return knowledge.event_verbs(prepared(text)[0].tokens)


def _other_fact(a: str, b: str) -> bool:
    return any(r.endswith(": a different fact") for r in compare(a, b).reasons)


@pytest.mark.parametrize("text", [
    "The officer was hoping to arrest the suspect when he was shot.",
    "The driver tried to flee after the crash.",
    "The two guards were not injured, police said.",
    "The coalition failed to rescue the hostages.",
])
def test_an_event_not_happened_is_no_event(text: str) -> None:
    assert not _events(text) & {"arrest", "flee", "wound", "rescue"}


def test_events_that_happened_are_still_read() -> None:
    assert _events("Police arrested the suspect on Friday.") == {"arrest"}
    assert _events("The driver fled the scene.") == {"flee"}
    assert _events("A clerk suffered life-threatening injuries.") == {"wound"}


@pytest.mark.parametrize("a, b", [
    ("The gunman executed two of the clerks.", "The gunman killed two of the clerks."),
    ("The deputy was shot dead while hoping to arrest a fugitive.", "The deputy was shot and killed at a door."),
])
def test_one_event_told_two_ways_is_no_other_fact(a: str, b: str) -> None:
    assert not _other_fact(a, b) and not _other_fact(b, a)


@pytest.mark.parametrize("a, b", [
    ("Police arrested 30 fighters near the border.", "Police wounded 30 fighters near the border."),
    ("The army released the prisoners on Monday.", "The army wounded the prisoners on Monday."),
    ("Rebels captured 30 fighters in Hama on 3 May.", "Rebels detained 30 fighters in Hama on 3 May."),
])
def test_different_events_still_veto(a: str, b: str) -> None:
    assert _other_fact(a, b) and compare(a, b).relation != "duplicate"


def test_released_and_arrested_are_two_outcomes_of_one_detention() -> None:
    # (helper probes8: no longer "different events", a conflict through the opposite table)
    c = compare("The army released the prisoners on Monday.", "The army arrested the prisoners on Monday.")
    assert c.relation == "conflict" and any(r.startswith("opposite outcomes") for r in c.reasons), c.reasons


def test_the_day_of_a_comment_or_an_interview_is_the_report_day() -> None:
    assert fig.dates_of("The firm could not be reached for comment Wednesday.") == []
    assert fig.dates_of("She heard the shot, she said in an interview Tuesday.") == []
    c = compare("The firm could not be reached for comment Wednesday.", "The firm could not be reached for comment Thursday.")
    assert c.features["dates_conflict"] == 0
    # the fact's own days still differ
    c = compare("The dam burst on Wednesday, she said.", "The dam burst on Thursday, she said.")
    assert c.features["dates_conflict"] == 1 and c.relation != "duplicate"


def test_a_weekday_beside_a_full_date_is_that_dates() -> None:
    c = compare("Market notes for Wednesday, July 4, 2012", "Market notes for Wednesday, May 30, 2012")
    assert c.features["dates_agree"] == 0 and c.relation != "duplicate"
    # with a full date on one side only, the weekdays still compare
    assert compare("Troops left the town on Friday, July 12.", "Troops left the town on Saturday.").features["dates_conflict"] == 1
    assert compare("Troops left the town on Friday, July 12.", "Troops left the town on Friday.").features["dates_agree"] == 1


def test_the_same_thing_said_in_another_form_is_no_other_fact() -> None:
    a = "Flights for the two crews have now been postponed indefinitely."
    b = "The timing of flights for the two crews is now indefinite."
    assert not _other_fact(a, b) and not _other_fact(b, a)
    # one subject, two different things said, still another fact
    a, b = "Police Chief Dan Reed is 46 years old.", "Police Chief Dan Reed was injured."
    assert _other_fact(a, b)


def test_every_event_word_when_asked() -> None:
    # what a claim says its subject is may still speak of an event to come ("is set to resign"):
    # `state_and_event` asks for every event word, intended ones included
    tokens = prepared("The officer was hoping to arrest the suspect.")[0].tokens
    assert knowledge.event_verbs(tokens, happened_only=False) == {"arrest"}
    assert knowledge.event_verbs(tokens) == set()
