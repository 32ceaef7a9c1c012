"""One claim without a day, both in one place, counting the same thing: the anchored fact told
without its day needs what a dated pair needs (`anchor.ANCHORED_UNDATED_MIN_SAME`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize(("a", "b"), [
    ("The ministry sought a 50 per cent pay rise in Antwerp.",
     "A 50 percent salary increase was demanded by the ministry in Antwerp on Sunday (14 September)."),
    ("The union called for a 12 percent wage increase for port workers in Rotterdam.",
     "Dockers in Rotterdam demanded a 12% pay rise on Monday, September 8."),
])
def test_a_retelling_without_its_day_in_the_same_place_is_the_fact(a: str, b: str) -> None:
    r = compare(a, b)
    assert r.relation == "duplicate", r.reasons


@pytest.mark.parametrize(("a", "b"), [
    # another place: the undated figure anchors nothing
    ("Officials said last week that flash floods killed from 40 to 60 residents in Sind.",
     "On September 3rd, floods killed between 40 and 60 villagers in Dadu, officials told reporters."),
    # another event on the same figure in the same place
    ("Floods killed 120 villagers in Dadu on Sunday.", "120 people were injured in flooding in Dadu."),
])
def test_no_anchor_across_places_or_events(a: str, b: str) -> None:
    assert compare(a, b).relation != "duplicate"
