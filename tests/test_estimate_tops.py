""""As many as N" / "up to N" is an estimate near N (`rules.ESTIMATE_HEDGES`, `rules.ESTIMATE_REACH`):
set against a count well below it, another count; caps and bounds keep the factor of two."""

from __future__ import annotations

from workbench.core.figures import compatible
from workbench.core.figures.numbers import find_quantities
from workbench.core.figures.rules import ESTIMATE_REACH, OPEN_REACH, open_reach
from workbench.core.match.compare import compare


def _q(text: str):
    return find_quantities(text)[0]


def test_an_estimate_top_reaches_two_thirds_of_its_figure():
    assert open_reach(_q("as many as 74 lawmakers")) == ESTIMATE_REACH
    assert open_reach(_q("Up to 400 protesters")) == ESTIMATE_REACH
    assert open_reach(_q("fewer than 400 protesters")) == OPEN_REACH
    assert not compatible(_q("as many as 90 people"), _q("52 people"))
    assert not compatible(_q("up to 100 soldiers"), _q("60 soldiers"))
    assert compatible(_q("up to 300 people"), _q("about 250 people"))
    assert compatible(_q("as many as 60 migrants"), _q("58 migrants"))
    assert compatible(_q("as many as 50 people"), _q("at least 40 people"))
    assert compatible(_q("no more than 100 soldiers"), _q("60 soldiers"))  # a cap, not an estimate


def test_a_count_well_below_an_estimate_top_is_a_conflict():
    assert compare("The quake killed 52 people in the mountain villages, officials said.",
                   "As many as 90 people were killed by the quake in the mountain villages, officials said."
                   ).relation == "conflict"
    assert compare("Up to 300 people were evacuated from the flooded district.",
                   "About 250 people were evacuated from the flooded district.").relation == "duplicate"
