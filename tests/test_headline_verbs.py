"""A headline's present-tense verb tells the past act (`match.headline_verbs`): read as its
body's retelling reads, in capitals and Title Case, and only in headlines."""

from __future__ import annotations

import pytest

from workbench.core.match import knowledge
from workbench.core.match.claim_view import claim_roles
from workbench.core.match.compare import compare, prepared
from workbench.core.match.headline_verbs import in_past
from workbench.core.match.normalize import normalize
from workbench.core.match.roles import roles
from workbench.core.vocab import Relation


@pytest.mark.parametrize(("headline", "past"), [
    ("INSURGENTS SEIZE PORT TOWN", "INSURGENTS seized PORT TOWN"),
    ("Rebels Seize 40 Trucks Near Goma", "Rebels seized 40 Trucks Near Goma"),
    ("Army Recaptures Airport", "Army recaptured Airport"),
    ("Government Denies Ceasefire Deal", "Government denied Ceasefire Deal"),
    ("INSURGENTS FIRE 15 ROCKETS AT BASE", "INSURGENTS fired 15 ROCKETS AT BASE"),
    ("Army Retakes Airport From Rebels", "Army retook Airport From Rebels"),
    ("Rebels Take Over Town", "Rebels took over Town"),
    # the verb agrees with its subject: a noun before it ("Drone Attack", "Government Forces")
    ("Drone Attack Kills 5 In Kyiv", "Drone Attack killed 5 In Kyiv"),
    ("Government Forces Retake Town", "Government Forces retook Town"),
    ("Rebels Attack Forces Base", "Rebels attacked Forces Base"),
    ("Armed Forces Chief Resigns", "Armed Forces Chief resigned"),
    ("UN Says Rebels Seize Town", "UN Says Rebels seized Town"),
])
def test_a_headline_verb_is_written_in_the_past(headline: str, past: str) -> None:
    assert in_past(headline) == past


@pytest.mark.parametrize("text", [
    "Officials say the army seizes the town",  # a sentence in the present keeps its meaning
    "Russia attacks Ukraine",  # lower case: a sentence (the synonym rewrite reads it as it did)
    "Drone Attack Killed 5 In Kyiv",  # the past is there already
    "Rebels Have Seized Town",
    "Protesters Demand Release Of Leader",  # "Release Of": a noun
])
def test_no_headline_verb_is_changed(text: str) -> None:
    assert in_past(text) == text


def test_a_headline_reads_its_roles_and_event_as_its_retelling() -> None:
    headline, body = "Rebels Seize 40 Trucks Near Goma", "Rebels seized 40 trucks near Goma"
    assert roles(claim_roles(headline, normalize(headline))[0]) == roles(claim_roles(body, normalize(body))[0])
    assert knowledge.event_verbs(prepared("POLICE DETAIN 30 PROTESTERS")[0].tokens) == {"arrest"}


@pytest.mark.parametrize(("a", "b"), [
    ("Militants Slay 12 Villagers In Borno", "Militants killed 12 villagers in Borno"),
    ("REBELS SEIZE 40 TRUCKS NEAR GOMA", "M23 rebels captured 40 trucks near Goma"),
    ("ARMY LIBERATES TOWN OF PALMA", "The army recaptured the town of Palma"),
])
def test_a_headline_and_its_past_retelling_are_duplicates(a: str, b: str) -> None:
    assert compare(a, b).relation == Relation.DUPLICATE


def test_a_headline_of_another_act_is_another_fact() -> None:
    c = compare("Militants Slay 12 Villagers In Borno", "Militants wounded 12 villagers in Borno")
    assert c.relation == Relation.RELATED
    assert any(r.startswith("different events: kill / wound") for r in c.reasons)


@pytest.mark.parametrize(("a", "b"), [
    ("Israel Strikes Iran", "Iran Strikes Israel"),
    ("ISRAEL STRIKES IRAN", "Iran struck Israel"),
    ("Army Retakes Airport From Rebels", "Rebels Retake Airport From Army"),
])
def test_a_headline_with_its_roles_swapped_is_no_duplicate(a: str, b: str) -> None:
    c = compare(a, b)
    assert c.relation != Relation.DUPLICATE
    assert any(r.startswith("roles swapped") for r in c.reasons)


@pytest.mark.parametrize(("a", "b"), [
    ("REBELS TAKE OVER AIRPORT IN KIDAL", "Rebels lost the airport in Kidal"),
    ("Rebels Take Over Kidal Airport", "The rebels were driven out of Kidal airport"),
    ("Army Liberates Palma", "Army Loses Palma"),
])
def test_a_headline_with_the_opposite_outcome_is_a_conflict(a: str, b: str) -> None:
    c = compare(a, b)
    assert c.relation == Relation.CONFLICT
    assert any(r.startswith("opposite outcomes") for r in c.reasons)


def test_a_prefixed_irregular_verb_has_its_irregular_past_everywhere() -> None:
    """The past of "retake" is "retook" for a headline and for extraction's rewritten pieces alike
    (`language.verbs.to_past`, one rule); "relay" is no "re" + "lay"."""
    from workbench.core.language.verbs import gerund_to_past, to_past

    assert [to_past(v) for v in ("retake", "overrun", "uphold", "relay", "return")] == \
        ["retook", "overran", "upheld", "relayed", "returned"]
    assert gerund_to_past("retaking") == "retook"
