"""A year written as a modifier ("the 2022 election", "Kenya's 2017 vote") dates what it names as
"the election in 2022" does (`figures.dates._YEAR_MODIFIER`): two claims alike but for that year tell
two events, never one; the same year told either way stays one. A four-digit count ("the 2000
people") or a unit ("a 2000 km border") is no year."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.match.compare import compare_many

TWO_EVENTS = [
    ("Labour won 412 seats in the 1997 general election.", "Labour won 412 seats in the 2001 general election."),
    ("The ruling party took 64 seats in the 2019 election.", "The ruling party took 64 seats in the 2014 election."),
    ("The 2010 earthquake destroyed 12 hospitals in the capital.",
     "The 2016 earthquake destroyed 12 hospitals in the capital."),
    ("Turnout was 71% in the 2016 referendum.", "Turnout was 71% in the 2014 referendum."),
]
ONE_EVENT = [
    ("The ruling party took 64 seats in the 2019 election.", "The ruling party took 64 seats in the election in 2019."),
    ("The ruling party took 64 seats in the 2019 election.", "The ruling party took 64 seats in last year's election."),
    ("Turnout was 71% in the 2016 referendum.", "Turnout in the referendum of 2016 was 71%."),
]


@pytest.mark.parametrize("pair", TWO_EVENTS)
def test_another_year_as_a_modifier_is_another_event(pair):
    for c in compare_many([pair], semantic=False) + compare_many([pair]):
        assert c.relation == "related", c.reasons
        assert any("a different event" in r for r in c.reasons)


@pytest.mark.parametrize("pair", ONE_EVENT)
def test_the_same_year_or_none_stays_one_event(pair):
    for c in compare_many([pair]):
        assert c.relation == "duplicate", c.reasons


def test_the_year_is_read_before_its_noun_only():
    assert [d.value for d in fig.dates_of("Kenya's 2017 election was annulled.")] == ["2017"]
    assert [d.value for d in fig.dates_of("Barbados' 2021 transition to a republic")] == ["2021"]
    assert [d.value for d in fig.dates_of("They won 30 seats in the 2022 election.")] == ["2022"]
    assert [d.value for d in fig.dates_of("the 2019 elections")] == ["2019"]
    for text in ("the 2000 people were evacuated", "the 1500 protesters marched", "a 2000 km border",
                 "the 2000 square kilometres"):
        assert fig.dates_of(text) == [], text
    assert [q.text for q in fig.quantities_of("the 2000 people were evacuated")] == ["2000 people"]
