"""One doer or one thing, another act or another thing acted on: two facts (sets 117-120, helper
notact117): two texts signed or adopted, two bodies of a state, an act on a ruling told by its noun,
a search against an arrest, a leader against one killed, two legs of one journey. Hard negatives:
the same act told with other verbs and nouns stays a duplicate."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import claim_view, compare, compare_many, prepared
from workbench.core.match.journey_legs import legs_apart, move_of
from workbench.core.match.roles import main_act

APART = [
    ("Police arrested opposition leader Ousmane Sonko at his home in Dakar on Tuesday.",
     "Police searched the home of opposition leader Ousmane Sonko in Dakar on Tuesday."),
    ("Commander Ibrahim Traoré was among those killed in the ambush near Djibo, the army said.",
     "Commander Ibrahim Traoré led the ambush near Djibo, the army said."),
    ("Kenya's Supreme Court heard a petition against the housing levy filed by opposition groups.",
     "Kenya's parliament debated the housing levy after a motion filed by opposition lawmakers."),
    ("President William Ruto signed the climate declaration in Nairobi on Wednesday.",
     "President William Ruto signed a defence pact with Britain in Nairobi on Wednesday."),
    ("The African Union adopted a roadmap for Sudan's transition at its summit in Addis Ababa in February.",
     "The African Union adopted a statement on Somalia at its summit in Addis Ababa in February."),
    ("A Nairobi court ruled on Monday that the deportation of the activist was unlawful.",
     "The Interior Ministry said on Monday it would appeal the Nairobi court's ruling on the deportation of the activist."),
    ("The migrants disembarked at the port of Pozzallo on Friday.",
     "The migrants were taken by bus from Pozzallo to a centre in Modica on Friday."),
]

ONE_FACT = [
    ("Police arrested opposition leader Ousmane Sonko at his home in Dakar on Tuesday.",
     "Police detained opposition leader Ousmane Sonko at his home in Dakar on Tuesday."),
    ("Police raided the offices of the newspaper Le Quotidien in Dakar on Tuesday.",
     "Police searched the offices of the newspaper Le Quotidien in Dakar on Tuesday."),
    ("Commander Ibrahim Traoré was among those killed in the ambush near Djibo, the army said.",
     "Commander Ibrahim Traoré was killed in the ambush near Djibo, the army said."),
    ("Rebel commander Jean Bosco led the assault on the town of Kiwanja, the army said.",
     "Rebel commander Jean Bosco commanded the assault on the town of Kiwanja, the army said."),
    ("President William Ruto signed a trade agreement with Britain in Nairobi on Wednesday.",
     "President William Ruto signed a trade deal with Britain in Nairobi on Wednesday."),
    ("The African Union adopted a roadmap for Sudan's transition at its summit in Addis Ababa in February.",
     "The African Union approved a roadmap for Sudan's transition at its summit in Addis Ababa in February."),
    ("The two presidents issued a joint statement on border security in Lusaka on Friday.",
     "The two presidents released a joint declaration on border security in Lusaka on Friday."),
    ("The migrants were taken from Pozzallo to a centre in Modica on Friday.",
     "The migrants were moved by bus from Pozzallo to a centre in Modica on Friday."),
    ("Cairo is to receive 7 billion euros from the European Union to stem migration, officials said.",
     "The European Union will give Egypt 7 billion euros to curb migration, officials said."),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_another_act_or_thing_is_no_duplicate(a: str, b: str) -> None:
    for semantic in (False, True):
        assert compare_many([(a, b)], semantic=semantic)[0].relation != "duplicate", semantic


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_one_act_told_two_ways_stays_a_duplicate(a: str, b: str) -> None:
    for semantic in (False, True):
        assert compare_many([(a, b)], semantic=semantic)[0].relation == "duplicate", semantic


def test_reasons_name_the_reading() -> None:
    reasons = " ".join(compare(*APART[5]).reasons)
    assert "an act on the other's act: appeal / rul" in reasons
    assert "another of the state bodies" in " ".join(compare(*APART[2]).reasons)
    assert "another act: arrest / search" in " ".join(compare(*APART[0]).reasons)


def test_an_adverb_is_no_main_verb() -> None:
    view = claim_view(text := "Belgium has formally returned the tooth of Patrice Lumumba.", prepared(text)[0])
    assert main_act(view.roles_wording) == "return"


def test_a_move_needs_places_not_figures() -> None:
    assert move_of("inflation rose from 5 to 10 percent") is None
    assert move_of("the migrants were taken by bus from pozzallo to a centre in modica") is not None
    # the other claim names the move's end: maybe the same leg's end
    a, b = "the migrants arrived at the centre in modica", "the migrants were taken from pozzallo to modica"
    assert legs_apart(a, b, frozenset(prepared(a)[0].tokens), frozenset(prepared(b)[0].tokens)) is None
