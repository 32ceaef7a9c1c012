"""A beginning that happens once to one definite thing (a construction or a phase started, a place
becoming a republic or independent, a definite plan announced), dated twice and told in other
words, is a conflict, not another event (`match.once_begun`); a state held "since independence"
dated twice is two starts. Beginnings and acts that come again stay apart."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.match.compare import compare_many, never_linked, prepared
from workbench.core.match.gate import gate_view
from workbench.core.match.once_begun import begun_once

CONFLICTS = [
    ("Work on the dam started on 2 April 2011.", "Work on the dam started on 2 April 2013, officials said."),
    ("Construction of the stadium started in 2016.", "Construction of the stadium started in 2019, the city council said."),
    ("Construction of the canal began on 4 May 2018.", "Construction of the shipping canal began on 4 May 2016, the ministry said."),
    ("Malta became a republic in December 1974.", "Malta became a republic in December 1979, local newspapers said."),
    ("South Sudan became independent in July 2011.", "South Sudan became independent in July 2012, the UN said."),
    ("The government announced the plan to close the coal plants in March 2018.",
     "The plan to close the coal plants was first announced by the government in March 2016."),
    ("The second phase of the vaccination campaign began in May 2021.",
     "The second phase of the vaccination campaign began in September 2021, health officials said."),
    ("The restoration phase began in June 2019, when scaffolding went up around the spire.",
     "Scaffolding first went up around the spire in October 2019, marking the start of the restoration phase."),
    ("Botswana has been a democracy since independence in 1966.",
     "Botswana has been a democracy since the country became independent in 1970."),
    ("Kosovo declared independence from Serbia in 2008.",  # a once-only act framed by its reporter
     "Kosovo declared independence from Serbia in 2010, officials in Pristina said."),
]

APART = [  # beginnings and acts that come again, other things begun, other acts: another event
    ("The trial began on 3 March 2021.", "The trial began on 3 March 2023."),
    ("The rainy season began in May 2020.", "The rainy season began in May 2022."),
    ("The strike started on 1 March 2022.", "The strike started on 1 March 2023."),
    ("Lula became president in January 2003.", "Lula became president in January 2023."),
    ("The ministry announced a plan to cut fuel subsidies in March 2019.",
     "The ministry announced a plan to cut fuel subsidies in March 2023."),
    ("Construction of the bridge began in March 2015.", "Construction of the tunnel began in March 2018."),
    ("Construction of the bridge began in March 2015.", "Construction of the new bridge began in March 2018."),
    ("Work on the stadium started in 2016.", "Work on the stadium was completed in 2019."),
    ("The first phase of the evacuation began in April 2020.", "The second phase of the evacuation began in August 2020."),
    ("The council announced the budget in March 2022.", "The council announced the budget in March 2023."),
    ("Parliament has been suspended since the coup in 2014.", "Parliament has been suspended since the coup in 2006."),
    ("The king dissolved parliament in March 2019.", "The king dissolved parliament in March 2023, officials said."),
    ("Donald Trump took office in January 2025.", "Donald Trump first took office in January 2017."),
]


@pytest.mark.parametrize(("a", "b"), CONFLICTS)
def test_beginning_that_happens_once_dated_twice_is_a_conflict(a, b):
    c = compare_many([(a, b)], semantic=False)[0]
    assert c.relation == "conflict", c.reasons
    assert not any("a different event" in r for r in c.reasons)


@pytest.mark.parametrize(("a", "b"), APART)
def test_beginnings_that_come_again_stay_apart(a, b):
    c = compare_many([(a, b)], semantic=False)[0]
    assert c.relation == "related", c.reasons
    assert not any("happens once" in r or "starts differ" in r for r in c.reasons)


def test_begun_once_reading():
    assert begun_once("Construction of the wall started on 20 February 2022.")
    assert begun_once("The effusive phase began in December 2020.")
    assert begun_once("Fiji became a republic in 1987.")
    assert begun_once("The plan to close the mines was first announced in 2016.")
    assert not begun_once("The trial began on 3 March 2021.")
    assert not begun_once("Lula became president in January 2003.")
    assert not begun_once("The ministry announced a plan to cut fuel subsidies in 2019.")
    assert not begun_once("Work on the bridge resumed in 2019.")
    assert not begun_once("The government wants the country to become a republic by 2025.")


def test_pre_check_lets_beginnings_through():
    def view(text):
        return gate_view(text, prepared(text)[0], fig.dates_of(text), None)

    once = view("Construction of the wall started in 2021."), view("Construction of the wall started in 2022.")
    again = view("The trial began on 3 March 2021."), view("The trial began on 3 March 2023.")
    assert not never_linked(*once)
    assert never_linked(*again)
