"""A count kept from an act against one that did it is no duplicate (helper opp84): "police stopped
300 protesters from reaching the parliament" / "300 protesters reached the parliament"."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.normalize import normalize
from workbench.core.match.opposites import KEPT_FROM, outcome_acts


@pytest.mark.parametrize(("a", "b"), [
    ("Police stopped 300 protesters from reaching the parliament, organisers said.",
     "About 300 protesters reached the parliament, organisers said."),
    ("Mexican authorities prevented 2,000 migrants from crossing into the US in May.",
     "Some 2,000 migrants crossed into the US from Mexico in May, US officials said."),
    ("Guards stopped 120 trucks from entering Gaza on Monday.", "On Monday 120 trucks entered Gaza, the UN said."),
])
def test_kept_from_against_done_is_no_duplicate(a, b):
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any("kept from / done" in r for r in c.reasons)


@pytest.mark.parametrize(("a", "b"), [
    ("Police stopped 300 protesters from reaching the parliament.",
     "Police blocked 300 protesters from getting to the parliament."),
    ("Guards stopped 120 trucks from entering Gaza on Monday.", "On Monday guards blocked 120 trucks from entering Gaza."),
    ("Bolivia's Constitutional Court ruled that Evo Morales cannot run for president again",
     '"Evo Morales is barred from seeking the presidency again," the Constitutional Court said in its ruling'),
    ("But the country is scrambling to prevent it spreading to the countryside.",
     "China is scrambling to stop the disease from spreading to the countryside."),
])
def test_one_outcome_told_two_ways_is_no_clash(a, b):
    assert not any("kept from" in r for r in compare(a, b).reasons)


def test_a_place_after_from_is_no_act_kept_from():
    n = normalize("Flights from Beijing were stopped from landing")
    acts = outcome_acts(n.tokens, n.words)
    assert KEPT_FROM + "land" in acts and not any(t.startswith(KEPT_FROM) and "beij" in t for t in acts)
