"""Outcomes told as not caught (helper pairsdup2): a missile that evaded the air defences against
one intercepted, prisoners "still at large" against prisoners recaptured, someone ordered held
in pretrial detention against someone released on bail. Each pair tells one event's two outcomes:
a conflict, never a duplicate."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


@pytest.mark.parametrize(("a", "b"), [
    ("Air defences shot down the drone launched at the Odesa refinery, the air force said",
     "The drone launched at the Odesa refinery evaded air defences and hit a fuel tank, the air force said"),
    ("Police recaptured the five men who escaped from Kirikiri prison on Sunday",
     "The five men who escaped from Kirikiri prison on Sunday are still at large, police said"),
    ("A Nairobi court released the opposition senator on bail on Wednesday",
     "A Nairobi court ordered the opposition senator held in police custody on Wednesday"),
])
def test_caught_against_not_caught_is_a_conflict(a, b):
    c = compare(a, b)
    assert c.relation == "conflict", c.reasons


def test_at_large_is_evading_capture_only_after_a_verb():
    assert rewrite("The gunmen remain at large")[0].endswith("remain evading capture")
    assert "at large" in rewrite("The public at large was not told")[0]


def test_held_in_pretrial_detention_is_detained():
    assert "held" not in rewrite("The judge ordered him held in pretrial detention")[0]
