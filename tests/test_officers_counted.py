"""A noun the synonym table knows only as a word of a longer name is no table noun of its own:
"officers" may be the police officers that "policemen" are written as, so "four officers" /
"four policemen" is one count, not two counts of different things (helper pairsdup2)."""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def _count(text: str) -> fig.Quantity:
    return fig.quantities_of(text)[0]


def test_officers_and_policemen_are_not_counted_apart():
    assert not fig.counted_apart(_count("killing six officers"), _count("six policemen were killed"))


def test_table_nouns_of_their_own_stay_apart():
    assert fig.counted_apart(_count("300 residents fled"), _count("300 workers fled"))


def test_the_same_officers_killed_in_other_words_are_no_two_counts():
    c = compare("Gunmen attacked a checkpoint in Zamfara overnight, killing six officers, police said",
                "Six policemen were killed when gunmen attacked a Zamfara checkpoint overnight, police said")
    assert not any(r.startswith("two counts") for r in c.reasons), c.reasons
