"""Supplies run out or out of stock are in shortage (`language.phrases`): "medicines had run out"
tells the shortage that "no shortage of medicines" denies; a mandate or a man "running out" stays."""

from __future__ import annotations

from workbench.core.language.phrases import rewrite_phrases
from workbench.core.match.compare import compare


def test_run_out_is_a_shortage():
    assert "shortage" in rewrite_phrases("Hospitals in Gaza have run out of fuel", [])
    assert "shortage" in rewrite_phrases("Insulin is out of stock in Kandahar", [])
    assert rewrite_phrases("The mandate ran out in June", []) == "The mandate ran out in June"
    assert rewrite_phrases("He ran out of the building", []) == "He ran out of the building"


def test_run_out_against_no_shortage_is_a_conflict():
    assert compare("Nurses said 11 essential drugs had run out at district hospitals across the province",
                   "The health department said: \"There is no shortage of essential drugs at district hospitals.\""
                   ).relation == "conflict"
