"""A span told as a time limit is not the same span told as a length (`figures.time_limits`;
sets 113-116, helper notact113)."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.figures.time_limits import time_limit
from workbench.core.match.compare import compare


def _split(a: str, b: str) -> bool:
    check = fig.pair_figures(fig.quantities_of(a), fig.quantities_of(b))
    return len(fig.limits_apart(check, a, b).pairs) < len(check.pairs)


@pytest.mark.parametrize(("a", "b"), [
    ("Petro declared three days of national mourning after the landslide.",
     "Petro ordered an audit of all mountain roads within three days of the landslide."),
    ("The government extended the state of emergency by 30 days on Friday.",
     "The government promised to lift the state of emergency within 30 days on Friday."),
])
def test_a_limit_and_a_length_are_two_figures(a: str, b: str) -> None:
    assert _split(a, b)
    assert compare(a, b).relation != "duplicate"


@pytest.mark.parametrize(("a", "b"), [
    ("The junta gave foreign troops 72 hours to leave the country.",
     "The junta ordered foreign troops to leave the country within 72 hours."),
    ("More than 50,000 residents fled the district within a week, the UN said.",
     "More than 50,000 residents fled the district in a week, the UN said."),
    ("The new bridge took two years to build.", "Building the new bridge took two years."),
])
def test_two_limits_or_a_span_told_neither_way_stay_one_figure(a: str, b: str) -> None:
    assert not _split(a, b)


def test_the_limit_reading() -> None:
    text = "The court gave the ministry 60 days to publish the audit."
    q = fig.quantities_of(text)[0]
    assert time_limit(text, q)
    long = "The new bridge took two years to build."
    assert not time_limit(long, fig.quantities_of(long)[0])
