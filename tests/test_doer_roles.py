"""A count of the doers by their role ("attackers", "assailants") and one by a description of
armed men ("gunmen", "militants") count one group; victims, hostages and the police stay another
count (helper dup139, sets 137-140)."""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def _apart(a: str, b: str) -> bool:
    return fig.counted_apart(fig.quantities_of(a)[0], fig.quantities_of(b)[0])


def test_attackers_told_as_gunmen_are_one_count() -> None:
    assert not _apart("the three attackers", "the three gunmen")
    assert not _apart("two assailants", "two militants")
    assert compare("Police killed the four attackers after a two-hour siege, officials said.",
                   "The four gunmen were shot dead by police after a two-hour siege, officials said.").relation \
        == "duplicate"


def test_attackers_and_their_victims_stay_two_counts() -> None:
    assert _apart("three attackers", "three civilians")
    assert compare("Four attackers were killed in the siege, officials said.",
                   "Four hostages were killed in the siege, officials said.").relation != "duplicate"
    assert compare("Two attackers died in the hotel raid in Mogadishu.",
                   "Two police officers died in the hotel raid in Mogadishu.").relation != "duplicate"
