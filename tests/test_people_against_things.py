"""A count of people is never a count of things (`figures.compare._known_apart`): "28 people were
killed by missiles" / "28 missiles hit homes" state two figures, however alike the words."""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def test_people_and_missiles_counted_are_two_counts():
    a = "The ministry said 40 people had been killed by drones since the offensive began"
    b = "The ministry said 40 drones had hit residential areas since the start of the offensive"
    qa, qb = fig.quantities_of(a), fig.quantities_of(b)
    assert fig.counted_apart(qa[0], qb[0])
    assert compare(a, b).relation != "duplicate"


def test_people_against_people_stay_one_count():
    qa, qb = fig.quantities_of("40 people were killed"), fig.quantities_of("40 civilians were killed")
    assert not fig.counted_apart(qa[0], qb[0])
    assert compare("Shelling killed 40 people in Kharkiv on Monday",
                   "Shelling killed 40 civilians in Kharkiv on Monday").relation == "duplicate"
