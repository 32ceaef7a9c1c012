"""Extradition is an act of its own (`language.event_verbs.ACT_KINDS`): suspects handed to another
state's courts are not people deported, so one number told of each is two facts."""

from __future__ import annotations

from workbench.core.match.compare import compare


def test_extradited_and_deported_are_two_acts():
    assert compare("Colombia extradited 14 drug traffickers to the United States",
                   "Colombia deported 14 US citizens who had overstayed their visas").relation != "duplicate"


def test_extradited_told_again_stays_one_fact():
    assert compare("Colombia extradited 14 drug traffickers to the United States on Friday",
                   "On Friday Colombia extradited fourteen traffickers to the US").relation == "duplicate"
