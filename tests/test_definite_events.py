"""One definite event that happens once ("the referendum", "Monaco's listing", "its next plenary",
a throne handed on) told in the same words with dates far apart is a conflict, not another event
(`match.definite_events`); acts that come again (protests, clashes, strikes, raids, meetings,
editions of a yearly event, an office taken) and two listings of two bodies stay apart."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.match.compare import compare_many, never_linked, prepared
from workbench.core.match.definite_events import definite_event
from workbench.core.match.gate import gate_view

CONFLICTS = [
    ("The constitutional referendum took place on 25 July 2022.", "The constitutional referendum took place on 25 April 2022."),
    ("King Harald will hand the throne to Crown Prince Haakon in May 2026, the court said.",
     "King Harald will hand the throne to Crown Prince Haakon in May 2027, the court said."),
    ("The emir's abdication was announced on 3 March 2021.", "The emir's abdication was announced on 3 June 2021."),
    ("The exchange announced Arm's listing on 14 September 2023.", "The exchange announced Arm's listing on 14 November 2023."),
    ("The EU said it would discuss Serbia's bid at its next summit in June.",
     "The EU said it would discuss Serbia's bid at its next summit in December."),
]

APART = [
    ("Protesters marched through Santiago on 18 October 2019.", "Protesters marched through Santiago on 18 December 2019."),
    ("Dock workers went on strike in Antwerp on 10 January 2023.", "Dock workers went on strike in Antwerp on 10 April 2023."),
    ("The two foreign ministers met on 12 February 2024.", "The two foreign ministers met on 12 June 2024."),
    ("The 2023 summit was held in Brussels in June 2023.", "The 2024 summit was held in Brussels in June 2024."),
    ("The protest took place outside parliament on 5 March 2022.", "The protest took place outside parliament on 5 June 2022."),
    ("The FATF announced Panama's listing on 21 June 2019.", "The FATF announced Croatia's listing on 21 June 2023."),
    ("A referendum on the constitution was held in March 2016.", "A referendum on the constitution was held in March 2019."),
    ("The annual plenary was held in Paris in October 2023.", "The annual plenary was held in Paris in February 2024."),
]


@pytest.mark.parametrize(("a", "b"), CONFLICTS)
def test_one_definite_event_dated_twice_is_a_conflict(a, b):
    c = compare_many([(a, b)], semantic=False)[0]
    assert c.relation == "conflict", c.reasons
    assert not any("a different event" in r for r in c.reasons)


@pytest.mark.parametrize(("a", "b"), APART)
def test_events_that_come_again_stay_apart(a, b):
    c = compare_many([(a, b)], semantic=False)[0]
    assert c.relation != "conflict", c.reasons


def test_definite_event_reading():
    assert definite_event("The referendum took place on 10 September 2023.") == "definite"
    assert definite_event("The FATF said it would review the plan at its next plenary in October.") == "next"
    assert definite_event("Queen Margrethe abdicated on 14 January 2024.") == "throne"
    assert definite_event("The board will meet next week.") is None  # a date, not an event
    assert definite_event("The 2023 referendum was held in May.") is None  # one edition of many
    assert definite_event("A referendum was held in March 2016.") is None
    assert definite_event("The annual listing was published in June.") is None


def test_pre_check_lets_definite_events_through():
    def view(text):
        return gate_view(text, prepared(text)[0], fig.dates_of(text), None)

    once = view("The referendum took place on 10 September 2023."), view("The referendum took place on 10 December 2023.")
    again = view("The protest took place on 5 March 2022."), view("The protest took place on 5 June 2022.")
    assert not never_linked(*once)
    assert never_linked(*again)
