"""One doer ordering two acts ("ordered residents ... to evacuate" / "ordered all schools in the red
zone to close") gives two orders, another fact (`match.acts._asked_apart`: two acts asked for that the
outcome table knows and does not make one): the act asked may come after an object told with its
place, and an -ing word after that object ("families living near the river") is no act asked. One
order told with another verb or a synonym ("to leave", "to shut") stays one."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare_many

TWO_ORDERS = [
    ("The governor ordered residents of the coastal towns to evacuate on Friday.",
     "On Friday the governor ordered all shops in the coastal towns to close."),
    ("The mayor ordered families living near the river to evacuate on Monday night.",
     "On Monday night the mayor ordered every school near the river to close."),
    ("The minister ordered all schools in the flooded districts to close on Tuesday.",
     "On Tuesday the minister ordered all residents of the flooded districts to evacuate."),
]
ONE_ORDER = [
    ("The governor ordered residents of the coastal towns to evacuate on Friday.",
     "On Friday the governor told residents of the coastal towns to leave."),
    ("The mayor ordered people near the river to evacuate on Monday night.",
     "On Monday night the mayor ordered people near the river to leave their homes."),
    ("The minister ordered all schools in the flooded districts to close on Tuesday.",
     "On Tuesday the minister ordered schools in the flooded districts to shut."),
    ("Officials evacuated 3,000 residents from the valley on Sunday.", "Officials relocated 3,000 residents from the valley on Sunday."),
]


@pytest.mark.parametrize("pair", TWO_ORDERS)
def test_two_acts_ordered_are_two_facts(pair):
    for c in compare_many([pair], semantic=False) + compare_many([pair]):
        assert c.relation != "duplicate", c.reasons


@pytest.mark.parametrize("pair", ONE_ORDER)
def test_one_act_ordered_in_other_words_stays_one(pair):
    [c] = compare_many([pair])
    assert c.relation == "duplicate", c.reasons
