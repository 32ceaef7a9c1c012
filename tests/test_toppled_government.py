"""A government "toppled", "brought down" or "overthrown" was ousted (`retold._TOPPLED`); prices
or drones brought down stay as written."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewritten


def test_toppled_read() -> None:
    assert "was ousted" in rewritten("Sharif's government was brought down after a month.")[0]
    assert "ousted" not in rewritten("The government brought down inflation.")[0]


def test_toppled_and_brought_down() -> None:
    assert compare("Sharif's government lasted barely a year before it was toppled.",
                   "Just one year after taking office, Sharif's government was brought down.").relation == "duplicate"
    assert compare("The coalition government was brought down after six weeks.",
                   "The coalition government was toppled after six weeks.").relation == "duplicate"
