"""Who an occasion counts as its company (guests, invitees, attendees, delegates, mourners) is a kind
of people of its own (`language.actors.KINDS`): the same figure of guests and of police or soldiers
deployed for it, or of journalists covering it, counts two groups, another fact. Guests told as
invitees or as people stay one count."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare_many

TWO_COUNTS = [
    ("About 500 delegates attended the summit in Nairobi, organisers said.",
     "Organisers said about 500 soldiers were deployed around Nairobi for the summit."),
    ("Some 2,000 guests attended the royal wedding at the cathedral.",
     "Some 2,000 police officers guarded the royal wedding at the cathedral."),
    ("Around 150 guests attended the funeral in Accra, the family said.",
     "Around 150 journalists covered the funeral in Accra, the family said."),
]
ONE_COUNT = [
    ("About 400 guests attended the state banquet, the palace said.",
     "Some 400 invitees were present at the state banquet, the palace said."),
    ("Nearly 250 guests attended the inauguration in Monrovia.", "Nearly 250 people attended the inauguration in Monrovia."),
]


@pytest.mark.parametrize("pair", TWO_COUNTS)
def test_guests_and_forces_counted_alike_are_two_counts(pair):
    for c in compare_many([pair], semantic=False) + compare_many([pair]):
        assert c.relation != "duplicate", c.reasons


@pytest.mark.parametrize("pair", ONE_COUNT)
def test_guests_told_otherwise_stay_one_count(pair):
    [c] = compare_many([pair])
    assert c.relation == "duplicate", c.reasons
