"""Phrasal verbs, opposite outcomes, nouns and actors found by helper probes5's invented pairs
(set17..set20), tested on other invented sentences: a curfew shortened is the opposite of one
extended, an order issued of one lifted, residents returning of residents evacuated; "carried
out" is "conducted", "rounded up" is "arrested", "shot down" is "downed"; "the second round" is
"the runoff"; "62% of voters cast a ballot" is a turnout of 62%; two countries in swapped places
are another fact."""

from __future__ import annotations

import pytest

from workbench.core.match.another_name import actors_swapped
from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite
from workbench.core.match.normalize import normalize

OPPOSITE = [
    ("Kenya lengthened the night curfew in Lamu by two weeks", "Kenya shortened the night curfew in Lamu by two weeks"),
    ("The governor issued a state of emergency for the coast", "The governor lifted the state of emergency for the coast"),
    ("Families returned to their villages near Pemba", "Families were evacuated from their villages near Pemba"),
    ("The Labour party secured a majority in the assembly", "The Labour party lost its majority in the assembly"),
    ("The tribunal ruled that the detention was lawful", "The tribunal ruled that the detention was unlawful"),
    ("The union accepted the government's pay offer", "The union refused the government's pay offer"),
    ("The senate approved the defence budget", "The senate blocked the defence budget"),
    ("The central bank hiked interest rates", "The central bank cut interest rates"),
]

SAME = [
    ("Police rounded up 40 smugglers in Tijuana", "Police arrested 40 smugglers in Tijuana"),
    ("The navy carried out a rescue operation off Lampedusa", "The navy conducted a rescue operation off Lampedusa"),
    ("Militants blew up a gas pipeline in Sinai", "Militants detonated a gas pipeline in Sinai"),
    ("Rebels shot down a government helicopter over Kidal", "Rebels downed a government helicopter over Kidal"),
    ("The militia handed over 6 captives to the army", "The militia transferred six captives to the army"),
    ("The new governor was sworn in on 2 May", "The new governor took the oath of office on 2 May"),
]


@pytest.mark.parametrize(("a", "b"), OPPOSITE)
def test_opposite_outcomes_are_never_duplicates(a, b):
    c = compare(a, b)  # the lexical path (no cosine)
    assert c.relation != "duplicate"
    assert any(r.startswith("opposite outcomes: ") for r in c.reasons), c.reasons


@pytest.mark.parametrize(("a", "b"), SAME)
def test_a_phrasal_verb_and_its_plain_verb_are_one_act(a, b):
    c = compare(a, b)
    assert c.relation == "duplicate", c.reasons


def test_a_share_of_voters_who_voted_is_the_turnout():
    assert "turnout" in rewrite("Some 58 percent of registered voters cast their ballots")[0]
    assert "turnout" in rewrite("71% of the electorate turned out")[0]
    assert "turnout" not in rewrite("Half of the voters said they were undecided")[0]
    c = compare("Turnout in the referendum was 58 percent", "58% of voters cast a ballot in the referendum")
    assert c.relation == "duplicate", c.reasons


def test_the_second_round_is_the_runoff():
    assert rewrite("The second round is set for Sunday")[0] == rewrite("The runoff is set for Sunday")[0]
    c = compare("The presidential runoff will take place on 9 June", "The second round of the presidential vote will take place on 10 June")
    assert c.relation == "conflict", c.reasons


def _only(a: str, b: str) -> tuple[list[str], list[str], set[str], set[str]]:
    ta, tb = normalize(rewrite(a)[0]).tokens, normalize(rewrite(b)[0]).tokens
    return ta, tb, set(ta) - set(tb), set(tb) - set(ta)


def test_two_countries_in_swapped_places_are_another_fact():
    a, b = "Ankara summoned two Swedish diplomats", "Stockholm summoned two Turkish diplomats"
    # (helper not101: Sweden's people's name is known now, so the swap is read)
    assert actors_swapped(*_only(a, b)) is not None
    a, b = "Tehran detained three Iraqi fishermen", "Baghdad detained three Iranian fishermen"
    assert actors_swapped(*_only(a, b)) is not None
    c = compare(a, b)
    assert c.relation != "duplicate" and any("swapped places" in r for r in c.reasons), c.reasons


def test_one_country_named_two_ways_is_no_swap():
    a, b = "American drones struck Syrian targets", "US drones struck targets in Syria"
    assert actors_swapped(*_only(a, b)) is None


@pytest.mark.parametrize(("a", "b"), [
    ("Remittances were up 7% in the first quarter", "Remittances were down 7% in the first quarter"),
    ("The rebels cut power to the refinery", "The rebels restored power to the refinery"),
    ("The EU expanded its training mission in Mali", "The EU scaled down its training mission in Mali"),
    ("Separatist units rolled into Stepanakert", "Separatist units pulled out of Stepanakert"),
])
def test_opposites_told_with_phrases(a, b):
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any(r.startswith("opposite outcomes: ") for r in c.reasons), c.reasons


def test_up_and_down_are_rewritten_only_before_a_figure():
    assert rewrite("Imports were down by about 3 percent")[0] == "Imports fall by about 3 percent"
    assert rewrite("The network is down in the north")[0] == "The network is down in the north"
    assert "disconnect" not in rewrite("The bank cut rates again")[0]


@pytest.mark.parametrize(("a", "b"), [
    ("Maputo dispatched 150 police officers to Palma", "Mozambique sent 150 police officers to Palma"),
    ("Pristina condemned the arrest of three Kosovo police officers", "Kosovo denounced the arrest of three Kosovo police officers"),
    ("The State Department slammed the verdict against the journalist", "The United States condemned the verdict against the journalist"),
    ("Protesters set fire to the governor's office in Jos", "Protesters torched the governor's office in Jos"),
    ("The referendum took place on 4 October", "The vote was held on 4 October"),
])
def test_capitals_seats_and_verbs_told_another_way(a, b):
    c = compare(a, b)
    assert c.relation == "duplicate", c.reasons


def test_a_capital_after_a_place_word_stays_a_place():
    assert rewrite("Riot police were deployed in Athens")[0].endswith("in Athens")


def test_an_election_a_day_apart_is_a_conflict():
    c = compare("The parliamentary vote took place on 12 March", "The parliamentary vote was held on 13 March")
    assert c.relation == "conflict", c.reasons


def test_held_on_a_date_took_place_and_held_in_custody_stays():
    assert rewrite("The summit was held on 4 June")[0] == "The summit took place on 4 June"
    # held in custody is no event taking place: detained (helper probes8; "detained" is then "arrest")
    assert rewrite("Two journalists were held in custody")[0] == "Two journalists were arrest"
    assert rewrite("He was held in Maywood")[0] == "He was held in Maywood"


def test_an_envoy_recalled_is_withdrawn_and_welcomed_is_the_opposite_of_expelled():
    c = compare("Lima recalled its ambassador from Caracas", "Peru withdrew its ambassador from Venezuela")
    assert c.relation == "duplicate", c.reasons
    assert rewrite("The minister recalled that the talks had failed")[0].startswith("The minister recalled")
    c = compare("Niamey welcomed the French envoy", "Niger expelled the French envoy")
    assert c.relation != "duplicate" and any(r.startswith("opposite outcomes: ") for r in c.reasons), c.reasons


@pytest.mark.parametrize(("a", "b"), [
    ("Bandits killed 9 herders near Bauchi", "Bandits killed 9 miners near Bauchi"),
    ("The drone hit a market in Kramatorsk", "The drone hit a bridge in Kramatorsk"),
    ("Police rescued 40 pilgrims in Kano", "Police rescued 40 traders in Kano"),
])
def test_another_kind_of_victim_or_target_is_another_fact(a, b):
    c = compare(a, b)
    assert c.relation != "duplicate" and any(r.startswith("another kind in the same words") for r in c.reasons), c.reasons


def test_a_kind_and_the_kind_it_is_part_of_may_be_one_fact():
    c = compare("Militants killed 15 fishermen near Lake Chad", "Militants killed 15 civilians near Lake Chad")
    assert not any(r.startswith("another kind") for r in c.reasons), c.reasons


@pytest.mark.parametrize(("a", "b"), [
    ("The rebels have yet to free the aid workers", "The rebels freed the aid workers"),
    ("The generals refused to hand over power to civilians", "The generals handed over power to civilians"),
])
def test_an_act_not_yet_done_or_refused_denies_the_act_done(a, b):
    c = compare(a, b)
    assert c.relation != "duplicate", c.reasons


def test_a_numeric_date_that_reads_either_way_is_read_both_ways():
    from workbench.core.match.knowledge import DATES_AGREE, DATES_DIFFER, compare_dates

    either = [{"text": "03/05/2024", "value": None}]
    assert compare_dates(either, [{"text": "3 May 2024", "value": "2024-05-03"}]).verdict == DATES_AGREE
    assert compare_dates(either, [{"text": "5 March 2024", "value": "2024-03-05"}]).verdict == DATES_AGREE
    assert compare_dates(either, [{"text": "4 May 2024", "value": "2024-05-04"}]).verdict == DATES_DIFFER
