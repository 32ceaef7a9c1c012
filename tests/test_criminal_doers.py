"""Criminals are a kind of doer of their own (`language.actors.KINDS`: gangs, pirates): a named
armed group ("Abu Sayyaf", "Boko Haram") and a gang's pirates are two doers; "gunmen", as news
writes a doer not yet named, may be either."""

from __future__ import annotations

from workbench.core.match.compare import compare


def test_a_named_armed_group_is_no_gang():
    assert compare("Boko Haram fighters abducted 12 traders near Damasak on Friday, police said.",
                   "A criminal gang abducted 12 traders near Damasak on Friday, police said.").relation != "duplicate"
    assert compare("Abu Sayyaf militants seized three crewmen off Sulu on Monday, the coast guard said.",
                   "Pirates seized three crewmen off Sulu on Monday, the coast guard said.").relation != "duplicate"


def test_gunmen_may_be_pirates():
    assert compare("Gunmen seized three crewmen off Sulu on Monday, the coast guard said.",
                   "Pirates seized three crewmen off Sulu on Monday, the coast guard said.").relation == "duplicate"
