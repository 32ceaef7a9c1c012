"""Two people named as the sayers of the same words, and two regional blocs, are two statements
(`match.sayer_names`, `actors.INTERNATIONAL_BODIES`); one person named two ways is one sayer."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.sayer_names import other_named_sayer, sayer_person_names


@pytest.mark.parametrize("a, b", [
    ("Foreign Minister Sergei Lavrov said Russia would not bow to Western pressure.",
     "Putin said Russia would not bow to Western pressure."),
    ("Police spokesman Fred Enanga said the march had been banned.",
     "Interior Minister Kithure Kindiki said the march had been banned."),
    ("Erdogan said Turkey would keep its troops in Syria.",
     "Defence Minister Hulusi Akar said Turkey would keep its troops in Syria."),
])
def test_two_named_people_saying_the_same_words_are_two_statements(a: str, b: str) -> None:
    assert other_named_sayer(a, b) is not None
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any(r.startswith("another sayer:") for r in c.reasons)


@pytest.mark.parametrize("a, b", [
    ("SADC observers said the vote fell short of constitutional standards.",
     "African Union observers said the vote fell short of constitutional standards."),
    ("Arab League envoys said the ceasefire was holding.", "European Union envoys said the ceasefire was holding."),
])
def test_two_regional_blocs_are_two_sayers(a: str, b: str) -> None:
    assert compare(a, b).relation != "duplicate"


@pytest.mark.parametrize("a, b", [
    # one person named by a title and a name, or by the name only
    ("Putin said Russia would not bow to Western pressure.",
     "Russian President Vladimir Putin said Moscow would not bow to Western pressure."),
    # a person against an office, a government or a body: no two named people
    ("Erdogan said Turkey would keep its troops in Syria.",
     "The Turkish president said Ankara would keep its soldiers in Syria."),
    ("Police spokesman Fred Enanga said the march had been banned.", "Kenyan police said the march had been banned."),
    ("The Kremlin said talks with Kyiv would continue.",
     "Kremlin spokesman Dmitry Peskov said talks with Kyiv would continue."),
])
def test_one_sayer_told_two_ways_is_no_other_named_sayer(a: str, b: str) -> None:
    assert other_named_sayer(a, b) is None
    assert compare(a, b).relation == "duplicate"


def test_the_bloc_spelt_out_is_the_same_sayer() -> None:
    a = "SADC observers said the vote fell short of constitutional standards."
    b = "Observers from the Southern African Development Community said the vote fell short of constitutional standards."
    assert compare(a, b).relation == "duplicate"


@pytest.mark.parametrize("text, names", [
    ("Speaker Anita Among said parliament would not be intimidated.", {"anita"}),
    ("Museveni said Uganda would not be intimidated.", {"museveni"}),
    ("The vote was rigged, Odinga said.", {"odinga"}),
    # titles, kinds of people, states and plural first words name no one
    ("Officials said the vote was rigged.", set()),
    ("Witnesses said the gunmen fled.", set()),
    ("The Kremlin said talks would continue.", set()),
    ("SADC observers said the vote was flawed.", set()),
])
def test_the_persons_a_sayer_names(text: str, names: set[str]) -> None:
    assert sayer_person_names(text) == names
