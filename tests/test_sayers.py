"""The same words said by two governments are two statements (`match.doers.other_sayer`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.doers import other_sayer, sayer_voices


def test_two_governments_saying_the_same_words_are_two_statements() -> None:
    a = "Romania said a drone fragment landed on its territory"
    b = "Moldova said a drone fragment landed on its territory"
    c = compare(a, b)
    assert c.relation == "related"
    assert "another sayer: romania / moldova: a different fact" in c.reasons


@pytest.mark.parametrize("a, b", [
    # a capital for its government; a country's people's name (`another_name.country_tokens`)
    ("Beijing has urged the junta to hold inclusive elections", "ASEAN ministers urged the junta to hold inclusive elections"),
    ("The US embassy urged its citizens to leave the region", "The British embassy told its nationals to leave the region"),
    ("Shelling hit 12 villages, Kyiv said", "Shelling hit 12 villages, the Polish government said"),
])
def test_another_state_or_an_international_body_is_another_sayer(a: str, b: str) -> None:
    assert other_sayer(a, b) is not None
    assert compare(a, b).relation != "duplicate"


@pytest.mark.parametrize("a, b", [
    ("Kyiv said 12 drones were shot down overnight", "Ukrainian officials said 12 drones were shot down overnight"),
    ("Moscow said 12 drones were shot down overnight", "The Kremlin said 12 drones were shot down overnight"),
    ("Officials said 12 drones were shot down overnight", "The ministry said 12 drones were shot down overnight"),
    # two international bodies: a UN agency may speak for the UN
    ("The UN said 5,000 people fled", "UNHCR said 5,000 people fled"),
    # a sayer the other claim names is no other sayer ("Russia said Ukraine ..." / "Ukraine said ...")
    ("Russia said Ukraine fired 30 drones", "Ukraine said it fired 30 drones at Russia"),
    # an act, not a saying: "responded" opens no sayer (ECB+'s German frigate / Indian warship)
    ("The German frigate responded to a distress call", "The Indian warship responded to the distress call"),
])
def test_one_sayer_or_no_named_sayer_is_no_other_sayer(a: str, b: str) -> None:
    assert other_sayer(a, b) is None


def test_the_sayer_is_the_frame_speaker_or_an_opening_subject_of_saying() -> None:
    assert sayer_voices("A drone fragment landed on its territory, Romania said") == {"romania"}
    assert sayer_voices("Beijing has urged the junta to end the violence") == {"china"}
    assert sayer_voices("ASEAN ministers urged the junta to end the violence") == {"<body>asean"}
    assert sayer_voices("Officials said 5 people died") == frozenset()
    assert sayer_voices("Romanian troops crossed the border") == frozenset()


def test_a_sayer_telling_of_its_own_act_is_its_doer_not_another_sayer() -> None:
    # the act reported by its doer and by a third party is one fact (the ledger generator's families)
    a = "The Tripoli government's forces said they had rescued 40 migrants off Zuwara on 3 May"
    b = "40 migrants were rescued by GNU forces off Zuwara on 3 May, UNSMIL said"
    assert sayer_voices(a) == frozenset()
    assert other_sayer(a, b) is None


@pytest.mark.parametrize("a, b", [
    # two bodies outside the UN family are two voices; a statement's act opens its sayer
    ("ECOWAS called for restraint after the deadly protests in Togo",
     "The African Union urged restraint following the deadly protests in Togo"),
    ("ASEAN welcomed the ceasefire agreement signed in Yangon", "The African Union welcomed the ceasefire agreement signed in Yangon"),
])
def test_two_bodies_outside_the_un_are_two_sayers(a: str, b: str) -> None:
    assert other_sayer(a, b) is not None
    assert compare(a, b).relation != "duplicate"


def test_a_body_told_by_its_long_name_is_one_sayer() -> None:
    assert compare("ECOWAS condemned the attack on the presidential palace in Bissau",
                   "The West African bloc denounced the assault on the presidential palace in Bissau").relation == "duplicate"
