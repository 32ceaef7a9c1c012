"""Comparatives are one table (`language.comparatives`), read three ways: a comparison's direction
(`match.comparisons_reversed`), a multiple against the thing's own past written as a change
(`language.told_plainly`) and "N times higher" as a multiple of what was (`figures.shares`)."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.figures.shares import MULTIPLE
from workbench.core.language.comparatives import (
    AMOUNT_DIMENSIONS,
    CHANGE_DIMENSIONS,
    DIMENSIONS,
    downward,
    upward,
)
from workbench.core.match import knowledge
from workbench.core.match.comparisons_reversed import _SIDES


def test_every_comparative_of_the_table_is_read_for_its_direction() -> None:
    assert set(_SIDES) == set(upward(DIMENSIONS)) | set(downward(DIMENSIONS))
    assert (0, 1) in _SIDES["higher"] and (0, -1) in _SIDES["lower"]


@pytest.mark.parametrize("word", upward(CHANGE_DIMENSIONS))
def test_a_thing_grown_against_its_past_is_an_increase(word: str) -> None:
    out = knowledge.rewritten(f"The price is now three times {word} than before.")[0]
    assert "increased threefold" in out or "increase threefold" in out, out


@pytest.mark.parametrize("word", downward(CHANGE_DIMENSIONS))
def test_a_thing_lessened_against_its_past_is_a_decrease(word: str) -> None:
    out = knowledge.rewritten(f"The price is now three times {word} than before.")[0]
    assert "decreased threefold" in out or "decrease threefold" in out, out


@pytest.mark.parametrize("word", upward(AMOUNT_DIMENSIONS))
def test_n_times_an_amount_word_is_a_multiple(word: str) -> None:
    assert [q.value for q in fig.quantities_of(f"Cases are three times {word} in the north.")
            if q.unit == MULTIPLE] == [3.0]


def test_a_dimension_no_news_figure_changes_along_is_left_as_written() -> None:
    out = knowledge.rewritten("The bridge is now three times older than before.")[0]
    assert "threefold" not in out
