"""Trades a deployment counts are kinds of people (`language.actors.KINDS`): the same number of
engineers and of doctors is two facts; engineers may be the troops another claim counts."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize(("a", "b"), [
    ("Moscow has dispatched 40 engineers", "Russia has sent 40 doctors"),
    ("The UN sent 300 peacekeepers to the border", "The UN sent 300 diplomats to the border"),
])
def test_two_trades_are_two_counts(a, b):
    assert compare(a, b).relation != "duplicate"


def test_engineers_may_be_the_troops_sent():
    assert compare("Moscow has dispatched 40 engineers", "Russia has sent 40 troops").relation == "duplicate"
