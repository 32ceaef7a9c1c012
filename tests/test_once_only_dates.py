"""One act that can happen only once, dated twice, is a conflict ("dates differ"), not another
event; an act taking effect at once against the same act at a later date is one too
(`match.once_only`). Acts done again stay apart."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.match.compare import compare_many, never_linked, prepared
from workbench.core.match.gate import gate_view
from workbench.core.match.once_only import once_only

CONFLICTS = [
    ("Kosovo declared independence from Serbia in 2008.", "Kosovo declared independence from Serbia in 2010."),
    ("Finland first applied to join NATO in May 2022, the foreign ministry said.",
     "The foreign ministry said Finland first applied to join NATO in 2019."),
    ("Jacinda Ardern was first elected to parliament in 2008.", "Jacinda Ardern was first elected to parliament in 2011."),
    ("The Paris Agreement was ratified by India on 2 October 2016.", "India ratified the Paris Agreement on 2 October 2018."),
    ("Apple was founded by Steve Jobs and Steve Wozniak in 1976.", "Steve Jobs and Steve Wozniak founded Apple in 1978."),
    ("Queen Elizabeth II died at Balmoral on 8 September 2022.", "Queen Elizabeth II died at Balmoral on 8 November 2022."),
    ("Saudi Arabia allowed women to drive for the first time in June 2018.",
     "For the first time, Saudi Arabia allowed women to drive in June 2016."),
    ("Bhutan held its first democratic election in March 2008, officials said.",
     "Officials said Bhutan held its first democratic election in 2013."),
    ("The peace accord was initialled by the two negotiators on 2 April 2019.",
     "The two negotiators initialled the peace accord on 2 July 2019."),
    ("Mexico's new tariffs take effect immediately, the economy ministry said.",
     "The economy ministry said Mexico's new tariffs would take effect only in 2026."),
]

APART = [  # acts done again, or two firsts: dates far apart stay another event
    ("Donald Trump took office as president in January 2017.", "Donald Trump took office as president in January 2025."),
    ("Farmers protested outside parliament in Warsaw in February 2024.",
     "Farmers protested outside parliament in Warsaw in February 2023."),
    ("Finland first applied to join NATO in 2022.", "Finland first applied to join the European Union in 1992."),
    ("The company signed a supply deal with Airbus in 2019.", "The company signed a supply deal with Airbus in 2023."),
    ("Emmanuel Macron visited Beijing in April 2023.", "Emmanuel Macron visited Beijing in December 2019."),
    ("Angela Merkel became the first woman elected chancellor in 2005.",
     "Angela Merkel was first elected to the Bundestag in 1990."),
    ("The first snow of the winter fell in Tokyo on 2 December 2023.",
     "The first snow of the winter fell in Tokyo on 5 January 2025."),
    ("Congress passed the annual defence bill in December 2022.", "Congress passed the annual defence bill in December 2023."),
    ("Viktor Orban was sworn in as prime minister in May 2010.", "Viktor Orban was sworn in as prime minister in May 2022."),
    ("Iran first enriched uranium to 60% purity in April 2021.", "Iran first enriched uranium to 20% purity in 2010."),
    ("The king dissolved parliament in March 2019.", "The king dissolved parliament in March 2023."),
    ("Five people died in floods in Kerala in August 2018.", "Five people died in floods in Kerala in August 2019."),
    ("A new opposition party was formed in 2010.", "A new opposition party was formed in 2015."),
    ("The central bank made its first rate cut in four years in March 2024.",
     "The central bank made its first rate cut in four years in June 2025."),
]


@pytest.mark.parametrize(("a", "b"), CONFLICTS)
def test_once_only_act_dated_twice_is_a_conflict(a, b):
    c = compare_many([(a, b)], semantic=False)[0]
    assert c.relation == "conflict", c.reasons
    assert not any("a different event" in r for r in c.reasons)


@pytest.mark.parametrize(("a", "b"), APART)
def test_acts_done_again_stay_apart(a, b):
    c = compare_many([(a, b)], semantic=False)[0]
    assert c.relation == "related", c.reasons
    assert not any("happens once" in r for r in c.reasons)


def test_effect_now_against_the_same_effect_now_is_no_clash():
    a = "The ban takes effect immediately, the health ministry said."
    for b in ("The health ministry said the ban takes effect immediately.",
              "The health ministry said the ban takes effect from 1 March.",  # no year, no "only": maybe today
              "The health ministry said the ban would be reviewed in 2026."):
        c = compare_many([(a, b)], semantic=False)[0]
        assert not any("now vs later" in r for r in c.reasons), (b, c.reasons)


def test_once_only_reading():
    assert once_only("Timor-Leste first applied to join ASEAN in 2011.")
    assert once_only("The joint declaration was initialled by the two envoys on 15 May 2021.")
    assert not once_only("The first reported case was detected in July 2022.")  # no owner: the first of what?
    assert not once_only("GDP grew 2% in the first quarter of 2024.")
    assert not once_only("The president signed a deal with Airbus in 2019.")  # indefinite: maybe another
    assert not once_only("Parliament signed off on the annual agreement in 2019.")
    assert not once_only("Serb protesters formed a human chain outside the building on 31 May.")
    assert not once_only("Ariel Henry said he would resign once a transitional council was formed.")
    assert not once_only("The season's first cholera case was confirmed on October 15.")
    assert not once_only("Parliament convened on 14 September for the first time since the April election.")
    assert not once_only("Schools reopened on 1 March for the first time in over a year.")
    assert once_only("Mali, Burkina Faso and Niger formed the Alliance of Sahel States in September 2023.")


def test_pre_check_lets_once_only_acts_through_and_skips_repeated_acts():
    def view(text):
        return gate_view(text, prepared(text)[0], fig.dates_of(text), None)

    once = view("Timor-Leste first applied to join ASEAN in 2011."), view("Timor-Leste first applied to join ASEAN in 2015.")
    again = view("The king dissolved parliament in March 2019."), view("The king dissolved parliament in March 2023.")
    assert not never_linked(*once)
    assert never_linked(*again)
