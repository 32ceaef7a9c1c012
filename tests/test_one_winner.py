"""Two named winners of one contest of one winner are a conflict, not two doers (`match.one_winner`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.one_winner import contest_won, two_winners


def test_the_contest_is_read_after_won_the():
    assert contest_won("Ana Costa won the runoff for mayor of Porto.") == ("runoff", frozenset({"mayor", "porto"}))
    for text in ("Maria Lind won a seat in parliament.", "Maria Lind won the support of the Green party.",
                 "Maria Lind won the most votes."):
        assert contest_won(text) is None


@pytest.mark.parametrize(("a", "b"), [
    ("Opposition candidate Maria Lind won the presidential election, the electoral commission said.",
     "Johan Berg won the presidential election, according to official results."),
    ("Former finance minister Ana Costa won the runoff for mayor of Porto.", "Rui Santos won the runoff for mayor of Porto."),
])
def test_two_winners_of_one_contest_are_a_conflict(a, b):
    assert compare(a, b).relation == "conflict"


def test_two_contests_or_seats_stay_two_facts():
    a = "Maria Lind won the presidential election, the commission said."
    b = "Johan Berg won the mayoral election in the capital."
    assert two_winners(a, b, frozenset(), frozenset()) is None  # the contests' words are not shared
    assert compare(a, b).relation != "conflict"
    assert compare("Maria Lind won a seat in parliament in the election.",
                   "Johan Berg won a seat in parliament in the election.").relation != "conflict"
