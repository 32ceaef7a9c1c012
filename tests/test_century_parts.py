"""A part of a century as years (`figures.fallback._century_parts`; helper dupb109)."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def test_quarter_and_half_century() -> None:
    assert [(q.value, q.unit) for q in fig.quantities_of("The lease runs for a quarter-century.")] == [(25.0, "years")]
    assert [(q.value, q.unit) for q in fig.quantities_of("It ruled for half a century.")] == [(50.0, "years")]


def test_compare_quarter_century() -> None:
    assert compare("The lease runs for a quarter century.", "The lease runs for 25 years.").relation == "duplicate"
    assert compare("The lease runs for a quarter century.", "The lease runs for 20 years.").relation != "duplicate"
