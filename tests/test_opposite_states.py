"""Opposite states told in other words (helper pairsconf5, blind sets 53-56): a blackout lifted is
the service restored (against one imposed: cut off), a fire "under control" is contained and one
"out of control" uncontrolled, flights added or laid on are scheduled (against cancelled)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


@pytest.mark.parametrize(("text", "said"), [
    ("The government lifted the internet blackout in Papua", "restored the internet"),
    ("Officials ended a weeks-long internet shutdown", "restored the internet"),
    ("Crews brought the fire under control on Sunday", "contained the fire"),
    ("The fire is now under control", "contained"),
    ("The fire had grown out of control", "uncontrolled"),
    ("Canadian North added extra flights out of Yellowknife", "scheduled extra flights"),
    ("The airline laid on two relief flights", "scheduled two relief flights"),
])
def test_the_state_is_written_one_way(text, said):
    assert said in rewrite(text)[0]


@pytest.mark.parametrize("text", [
    "Officials lifted the curfew in the city",  # a curfew is no service
    "The minister added that talks would continue",  # "added" as a verb of saying
    "Engineers ended the shutdown of the refinery",
])
def test_other_words_stay(text):
    out = rewrite(text)[0]
    assert "restor" not in out and "schedul" not in out


@pytest.mark.parametrize(("a", "b"), [
    ("The government lifted the internet blackout in Papua's highland regencies on 2 September.",
     "Authorities imposed an internet shutdown across the highland regencies of Papua on September 2."),
    ("Rain helped crews contain the fire west of Kelowna over the weekend, officials said on Sunday.",
     "Officials said on Sunday that the fire west of Kelowna had grown out of control over the weekend despite rain."),
    ("Canadian North added extra flights out of Yellowknife on Thursday to carry evacuees south.",
     "Canadian North cancelled its flights out of Yellowknife on Thursday as smoke closed in."),
])
def test_opposite_states_are_a_conflict(a, b):
    c = compare(a, b)
    assert c.relation == "conflict", c.reasons
    assert any(r.startswith("opposite outcomes") for r in c.reasons), c.reasons


def test_one_claim_telling_both_states_is_no_clash():
    c = compare("Flights scheduled for Thursday out of Yellowknife were cancelled",
                "Flights out of Yellowknife were cancelled on Thursday")
    assert not any(r.startswith("opposite outcomes") for r in c.reasons), c.reasons


@pytest.mark.parametrize("semantic", [False, True])
def test_an_outcome_done_again_is_that_outcome(semantic):
    """"reimposed" is imposed again: against "lifted" the two claims tell opposite outcomes."""
    from workbench.core.match.compare import compare_many

    curfew, schools = compare_many([
        ("Authorities lifted the night curfew across greater Noumea on Monday.",
         "A night curfew was reimposed across greater Noumea on Monday."),
        ("Schools reopened in Buea on Monday", "Schools opened in Buea on Monday")], semantic=semantic)
    assert curfew.relation == "conflict" and schools.relation == "duplicate"
