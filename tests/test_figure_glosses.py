"""A figure in brackets glossing an agreeing one ("1500 households (about 7,500 people)", "120mm
(5 inches)", "EUR 36.8 million (US$40m)") is the same figure told another way, not a figure one
claim gives alone (`figures.without_glosses`)."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.match.compare import compare


@pytest.mark.parametrize(("a", "b"), [
    ("According to analysts, EUR 36.8 million (US$40m) in eurobonds were sold by Egypt on Thursday.",
     "The central bank: 40 million dollars of eurobonds were sold by Egypt on Thursday, September 4"),
    ("Weather stations in Larkana recorded 120mm (5 inches) of rain on Sept. 5.",
     "On Sept. 5, 120 millimetres of rainfall fell in Larkana."),
])
def test_a_glossed_figure_anchors(a: str, b: str) -> None:
    assert compare(a, b).relation == "duplicate"


def test_only_a_gloss_beside_an_agreeing_figure_is_dropped() -> None:
    a = "Floods uprooted 1500 households (about 7,500 people) in Dadu."
    qa = fig.quantities_of(a)
    b = "Floods uprooted 1500 households in Dadu."
    qb = fig.quantities_of(b)
    check = fig.without_glosses(fig.pair_figures(qa, qb), a, b, qa, qb)
    assert not check.unpaired_a and not check.unpaired_b
    c = "Floods uprooted 1200 households in Dadu."
    qc = fig.quantities_of(c)
    assert fig.without_glosses(fig.pair_figures(qa, qc), a, c, qa, qc).unpaired_a  # no agreement: kept
