"""Figures: the quantities and dates in a text, and the one rulebook for what they mean.

- `words`: number words ("half a million") - the one table and the one parser;
- `rules`: hedges and their bounds, vague magnitudes, units, figure kinds - the rulebook;
- `numbers`: finding quantities in running text (extraction); `dates`: finding dates;
  `number_slips`: number words with a typing slip ("thousnad") read as meant;
- `fallback`: the figures of raw text for matching (extraction's reader, then a small fallback);
- `compare`: pairing and comparing the figures of two claims (matching and the window).

The names below are the API the other stages use.
"""

from workbench.core.figures.asides import without_asides
from workbench.core.figures.compare import (
    FigureCheck,
    FigureRow,
    as_quantities,
    bounds,
    compare_figures,
    compatible,
    count_the_same,
    counted_apart,
    counted_kinds_apart,
    counted_stems,
    describe,
    pair_figures,
    sums_apart,
    within_hedge,
    without_glosses,
)
from workbench.core.figures.fallback import dates_of, fallback_quantities, quantities_of
from workbench.core.figures.misread import digits_swapped, figures_misread
from workbench.core.figures.rules import COUNT, YEAR, figure_kind, is_shown_figure
from workbench.core.figures.time_limits import limits_apart

__all__ = [
    "COUNT", "YEAR", "FigureCheck", "FigureRow", "as_quantities", "bounds", "compare_figures", "compatible",
    "count_the_same", "counted_apart", "digits_swapped", "counted_kinds_apart", "counted_stems", "dates_of", "describe", "fallback_quantities", "figure_kind", "figures_misread", "limits_apart",
    "is_shown_figure", "pair_figures", "quantities_of", "sums_apart", "within_hedge", "without_asides",
    "without_glosses",
]
