"""A noun ending as a superlative does ("forest", "protest") is still what a figure counts: "45
forest fires" counts fires, "12 protest camps" camps (`figures.numbers`); "the 3 largest" counts nothing."""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def test_est_nouns_do_not_stop_the_counted_noun() -> None:
    assert [q.counted for q in fig.quantities_of("Officials reported 45 forest fires in Attica")] == ["fires"]
    assert [q.counted for q in fig.quantities_of("Police cleared 12 protest camps")] == ["camps"]
    assert [q.counted for q in fig.quantities_of("the 3 largest banks")] == [None]


def test_fires_and_deaths_are_two_counts() -> None:
    assert compare("Officials reported 45 forest fires in Attica on Sunday",
                   "Officials reported 45 heat deaths in Attica on Sunday").relation != "duplicate"
