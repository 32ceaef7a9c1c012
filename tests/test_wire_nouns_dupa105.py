"""Nouns wire copy varies (premier, spokesperson, residences, zone, a security charge) and a verb
"deal with" that is no agreement (helper dupa105)."""

from workbench.core.language.synonyms import same_nouns
from workbench.core.match.compare import compare


def test_wire_nouns_are_one_word() -> None:
    assert same_nouns("the premier") == same_nouns("the prime minister")
    assert same_nouns("a spokesperson") == same_nouns("a spokesman")
    assert same_nouns("the residences") == same_nouns("the homes")
    assert same_nouns("the port zone") == same_nouns("the port area")
    assert same_nouns("threatening national security") == same_nouns("undermining state security")
    assert same_nouns("the workings of") == same_nouns("the functioning of")


def test_deal_as_a_verb_stays() -> None:
    assert same_nouns("sent doctors to deal with the injured") == "sent doctors to deal with the injured"
    assert same_nouns("under a deal with Tunisia") == "under a agreement with Tunisia"


def test_raid_on_residences_told_two_ways_is_one_fact() -> None:
    r = compare("Police searched the tycoon's homes in Lagos on Friday, a police spokesman said.",
                "On Friday, Nigerian police raided the Lagos residences of the businessman, according to a police spokesperson.")
    assert r.relation == "duplicate"
