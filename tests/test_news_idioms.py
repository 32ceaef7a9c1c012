"""News idioms written as their plain act (`language.news_idioms`) and a security service by its
initials (helper dup149b, sets 149-152)."""

from __future__ import annotations

import pytest

from workbench.core.language.news_idioms import rewrite_news_idioms
from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewritten
from workbench.core.match.told_two_ways import told_two_ways


def _idioms(text: str) -> str:
    return rewrite_news_idioms(text, [])


@pytest.mark.parametrize(("text", "want"), [
    ("The four alleged attackers had been caught in Bryansk region.", "attackers had been arrested"),
    ("He was caught trying to cross the border.", "He was arrested trying"),
    ("Troops shot at demonstrators outside parliament.", "Troops fired at demonstrators"),
    ("The trawler overturned and went down off Pylos.", "trawler capsized and sank off Pylos"),
    ("The ferry had set sail from Dar es Salaam.", "departed from Dar es Salaam"),
    ("Picnic, the Soviet-era rock group, was about to perform.", "rock band"),
])
def test_idiom_written_plainly(text: str, want: str) -> None:
    assert want in _idioms(text)


@pytest.mark.parametrize("text", [
    "The suspects were caught on camera breaking into the shop.",
    "Dozens of civilians were caught in the crossfire in Goma.",
    "The migrants were caught in a storm off the coast.",
    "Tonnes of fish were caught off the coast.",
    "The journalist was shot at his home on Monday.",
    "Police shot at least three protesters.",
    "She took a shot at the title.",
    "The supreme court overturned the ruling on Monday.",
    "Shares in the shipping firm went down sharply on Monday.",
    "The boat went down the river to the harbour.",
    "The rebel group was about to sign the deal.",
    "UN monitors shot at on way to the massacre site",
    "Mauritanian president shot at",
])
def test_other_senses_stay(text: str) -> None:
    assert _idioms(text) == text


def test_security_service_by_its_initials() -> None:
    assert "FSB" in rewritten("Russia's Federal Security Service said the men were held.")[0]
    assert "SBU" in rewritten("The Security Service of Ukraine said the men were held.")[0]


def test_vessel_told_two_ways_is_one_fate() -> None:
    c = compare("The overcrowded dinghy flipped over and sank in the Channel.",
                "The overloaded rubber boat capsized and went under in the Channel.")
    assert any("= capsized" in r for r in c.reasons) and any("= sank" in r for r in c.reasons)


def test_told_two_ways_read_per_pair() -> None:
    told = told_two_ways("Police arrested nine Egyptian men suspected of being the smugglers.",
                          "Nine Egyptians have been detained on suspicion of people smuggling.")
    assert told is not None and "detained suspected of people smuggling" in told[1]
    # both tell it alike, or neither writes "suspected of": left as written
    assert told_two_ways("Jackson arrested on suspicion of DUI", "Williams arrested for suspicions of DUI") is None
    assert told_two_ways("two suspected smugglers were held", "smugglers detained on suspicion of steering") is None
    told = told_two_ways("Gunmen opened fire on Friday evening.", "Attackers shot at them on Friday night.")
    assert told is not None and told[0] == "Gunmen opened fire on Friday night." and "Friday evening = Friday night" in told[2]
    assert told_two_ways("It erupted on Saturday evening.", "The plant shut on Saturday evening.") is None


def test_suspicion_told_two_ways_is_a_duplicate() -> None:
    c = compare("Police arrested three Kenyan men suspected of being the traffickers.",
                "Three Kenyans have been detained on suspicion of drug trafficking, according to Mombasa police.")
    assert c.relation == "duplicate"
