"""One past event singled out by a name of its own, by the holder a title was taken from or by the
people moved from its home, dated twice, is a conflict, not another event (`match.one_time`);
events that come again (contests, summits, tests by a country, offices, immunity, evacuations,
transfers, storms of another year) stay apart."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.match.compare import compare_many, never_linked, prepared
from workbench.core.match.gate import gate_view
from workbench.core.match.one_time import one_time

CONFLICTS = [
    ("Operation Barbarossa was launched on 22 June 1941.", "Operation Barbarossa was launched on 22 August 1941, historians say."),
    ("The Apollo 11 mission landed on the Moon in July 1969.", "The Apollo 11 mission landed on the Moon in July 1970."),
    ("The Ivy Mike test was conducted at Enewetak Atoll on 1 November 1952.",
     "The Ivy Mike test took place at Enewetak Atoll on 1 November 1954."),
    ("Hurricane Katrina made landfall in Louisiana on 29 August 2005.",
     "Hurricane Katrina made landfall in Louisiana on 29 October 2005."),
    ("Lance Armstrong was stripped of his Tour de France titles in October 2012.",
     "Lance Armstrong was stripped of his Tour de France titles in 2014."),
    ("Prince Andrew was stripped of his military titles in January 2022.",
     "The queen stripped Prince Andrew of his military titles in January 2020."),
    ("Muqrin was stripped of the title of crown prince in April 2015, state media said.",
     "King Salman removed Muqrin as crown prince in April 2017."),
    ("Shamima Begum was stripped of her British citizenship in 2019.", "Shamima Begum was stripped of her British citizenship in 2021."),
    ("Tristan da Cunha's residents were moved to England in 1961.", "Tristan da Cunha's residents were moved to England in 1916."),
    ("The residents of Enewetak were moved to Ujelang Atoll in December 1947.",
     "The residents of Enewetak were resettled on Ujelang Atoll in December 1949."),
]

APART = [
    ("The Summer Olympics were held in Paris in 1924.", "The Summer Olympics were held in Paris in 2024."),
    ("The G20 summit took place in Osaka in June 2019.", "The G20 summit took place in Osaka in June 2023."),
    ("North Korea's nuclear test was conducted at Punggye-ri in February 2013.",
     "North Korea's nuclear test was conducted at Punggye-ri in September 2016."),
    ("The Castle Bravo test contaminated Rongelap in March 1954.", "The Castle Bravo test was conducted at Bikini Atoll in May 1954."),
    ("Operation Serval was launched in Mali in January 2013.", "Operation Serval was launched in Chad in August 2014."),
    ("Cyclone Freddy made landfall in Mozambique in February 2023.", "Cyclone Freddy made landfall in Mozambique in February 2017."),
    ("Tyson Fury was stripped of his boxing title in 2016.", "Deontay Wilder was stripped of his boxing title in 2018."),
    ("Parliament stripped Marine Le Pen of her immunity in 2017.", "Parliament stripped Marine Le Pen of her immunity in 2011."),
    ("Kilman was removed as prime minister in a no-confidence vote in April 2011.",
     "Kilman was removed as prime minister in a no-confidence vote in October 2023."),
    ("Nayef was named crown prince in 2011.", "Nayef was removed as crown prince in 2012."),
    ("Coastal residents were moved to cyclone shelters in Chittagong in May 2019.",
     "Coastal residents were moved to cyclone shelters in Chittagong in May 2020."),
    ("Grindavik's residents were evacuated to Reykjavik in November 2023.",
     "Grindavik's residents were evacuated to Reykjavik in January 2024."),
    ("Asylum seekers were transferred to Manus Island in 2013.", "Asylum seekers were transferred to Manus Island in 2016."),
]


@pytest.mark.parametrize(("a", "b"), CONFLICTS)
def test_one_event_singled_out_dated_twice_is_a_conflict(a, b):
    c = compare_many([(a, b)], semantic=False)[0]
    assert c.relation == "conflict", c.reasons
    assert not any("a different event" in r for r in c.reasons)


@pytest.mark.parametrize(("a", "b"), APART)
def test_events_that_come_again_stay_apart(a, b):
    c = compare_many([(a, b)], semantic=False)[0]
    assert c.relation == "related", c.reasons
    assert any("a different event" in r for r in c.reasons)


def test_one_time_reading():
    assert one_time("The Trinity test was carried out in the New Mexico desert on 16 July 1945.") is not None
    assert one_time("King Abdullah removed Hamzah as crown prince in 2004.") == \
        one_time("Hamzah was stripped of the title of crown prince in 2014, the royal court said.")
    assert one_time("The Banaban people were relocated to Rabi Island in Fiji in 1945.") is not None
    assert one_time("The Paris bombing was carried out in 1995.") is None  # a capital's name
    assert one_time("A new test was conducted in 2019.") is None
    assert one_time("The Boston Marathon was run on 17 April 2023.") is None


def test_pre_check_lets_one_time_events_through():
    def view(text):
        return gate_view(text, prepared(text)[0], fig.dates_of(text), None)

    once = view("Operation Barbarossa was launched in June 1941."), view("Operation Barbarossa was launched in June 1943.")
    again = view("The G20 summit took place in Osaka in June 2019."), view("The G20 summit took place in Osaka in June 2023.")
    assert not never_linked(*once)
    assert never_linked(*again)
