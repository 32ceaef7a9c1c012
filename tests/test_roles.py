"""Who did it to whom (`match/roles.py`): two claims with the doer and the one done to swapped
state different facts, however many words they share; the same act told in the passive does not."""

from __future__ import annotations

import pytest

from workbench.core.match.claim_view import surface
from workbench.core.match.compare import compare
from workbench.core.match.normalize import normalize
from workbench.core.match.roles import roles, roles_swapped

SWAPPED = [
    ("Government forces encircled the militia near Kidal", "The militia encircled government forces near Kidal"),
    ("Hamas accused Fatah of stalling the talks", "Fatah accused Hamas of stalling the talks"),
    ("The navy boarded the tanker on Friday", "The navy was boarded by the tanker's crew on Friday"),
    ("Separatists shot down a helicopter of the army", "The army shot down a helicopter of the separatists"),
    ("Police were attacked by protesters in Dhaka", "Protesters were attacked by police in Dhaka"),
]

SAME_ACT = [
    ("The navy boarded the tanker on Friday", "The tanker was boarded by the navy on Friday"),
    ("Riot police dispersed the protesters in Lima", "The protesters were dispersed by riot police in Lima"),
    ("In Goma, the rebels shelled the airport", "The rebels shelled the airport in Goma on Monday"),
    ("On 3 May the army has reportedly retaken Bakhmut", "In Bakhmut the army retook the town on 3 May"),
]

RECIPROCAL = [
    ("Serbia and Kosovo signed the accord", "Kosovo and Serbia signed the accord"),
    ("The envoy met the rebel leader in Doha", "The rebel leader met the envoy in Doha"),
    ("Police clashed with protesters in Nairobi", "Protesters clashed with police in Nairobi"),
]


@pytest.mark.parametrize(("a", "b"), SWAPPED)
def test_roles_swapped_is_never_a_duplicate(a, b):
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any(r.startswith("roles swapped: ") for r in c.reasons), c.reasons


@pytest.mark.parametrize(("a", "b"), SAME_ACT + RECIPROCAL)
def test_the_same_act_or_a_two_sided_verb_swaps_nothing(a, b):
    assert roles_swapped(surface(a), surface(b)) is None
    assert not any(r.startswith("roles swapped") for r in compare(a, b).reasons)


def _tokens(text: str) -> frozenset[str]:
    return frozenset(normalize(text).tokens)


def test_a_passive_reads_its_doer_from_the_by_phrase():
    told = (_tokens("gunmen"), _tokens("the convoy"))
    assert roles(surface("The convoy was ambushed by gunmen near Gao")) == told
    assert roles(surface("Gunmen ambushed the convoy near Gao")) == told


def test_no_roles_when_nothing_is_done_to_anyone():
    assert roles(surface("The minister was in Paris on Monday")) is None  # no act
    assert roles(surface("The convoy was ambushed near Gao")) is None  # a passive naming no doer
    assert roles(surface("The new chief will be Amina Diallo")) is None  # "be" and a name
    assert roles(surface(" ".join(["word"] * 40) + " killed them")) is None  # no atomic claim


def test_a_described_noun_is_no_verb():
    # "praised" describes the film; the act is "directed", and Ana Reyes did it
    assert roles(surface("A widely praised film was directed by Ana Reyes")) == \
        (_tokens("Ana Reyes"), _tokens("a widely praised film"))


def test_an_actor_written_as_one_word_is_shown_by_its_name():
    c = compare("The United States accused Iran of shelling the base", "Iran accused the United States of shelling the base")
    assert any(r.startswith("roles swapped: United States did it in one claim, iran in the other") for r in c.reasons), c.reasons
    shared = [r for r in compare("Islamic State fighters seized Tal Abyad", "ISIS militants captured Tal Abyad").reasons
              if r.startswith("shared words: ")]
    assert shared and "Islamic State" in shared[0] and "islamicstat" not in shared[0]


def test_roles_are_read_with_actors_named_one_way():
    c = compare("Moscow accused Kyiv of shelling the plant", "Ukraine accused Russia of shelling the plant")
    assert c.relation != "duplicate" and any(r.startswith("roles swapped: ") for r in c.reasons), c.reasons


def test_the_side_an_act_was_taken_from_or_aimed_at_is_done_to():
    # the doer of one claim is the "from" / "against" side of the other, and the other way round
    for a, b in [("The militia seized the depot from the police", "The police seized the depot from the militia"),
                 ("Rebels launched an offensive against the army near Goma",
                  "The army launched an offensive against the rebels near Goma")]:
        c = compare(a, b)
        assert c.relation != "duplicate" and any(r.startswith("roles swapped: ") for r in c.reasons), c.reasons
    # the same act in the passive, with the same "from" side, swaps nothing
    assert roles_swapped(surface("The army recaptured the town from the rebels on Monday"),
                         surface("The town was recaptured from the rebels by the army on Monday")) is None


def test_a_verb_written_in_its_base_form_by_the_rewrite_is_read_but_a_noun_is_not():
    from workbench.core.match.roles import counterpart

    assert roles("the militia capture the depot from the police") == (_tokens("the militia"), _tokens("the depot"))
    assert counterpart("the militia capture the depot from the police") == _tokens("the police")
    # "attack" before "was" is the subject's noun: the act is "launched", done by the "by" phrase
    assert roles("the drone attack was launched by the rebels") == (_tokens("the rebels"), _tokens("the drone attack"))


def test_an_attacks_target_is_no_doer():
    """"The attack on Kosovo police ... took place on 24 September" names no doer (the police were
    attacked), so against "Gunmen attacked Kosovo police ... on 14 September" the dates clash."""
    assert roles("the attack on kosovo police in banjska took place on 24 september")[0] == frozenset()
    assert roles("the rebels raid on the town took place on monday")[0] == _tokens("the rebels")
    found = compare("The attack on Kosovo police in Banjska took place on 24 September.",
                    "Gunmen attacked Kosovo police in Banjska on 14 September.")
    assert found.relation == "conflict", found.reasons
