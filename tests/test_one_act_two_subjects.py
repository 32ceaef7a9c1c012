"""One act, two subjects (helper not157b): two named people said to be one thing (`copula_names`),
a harm by people against one by nature as the doer of one verb (`two_causes`), and one act on two
things whose words are like a word both claims hold (`one_act_two_things`)."""

from workbench.core.match.compare import compare
from workbench.core.match.copula_names import copula_subject
from workbench.core.vocab import Relation

_DUPLICATE = Relation.DUPLICATE.value


def test_two_named_people_said_to_be_one_thing() -> None:
    for a, b in (("Kovac was a former accountant at Deloitte in Vienna.",
                  "Horvat was a former junior clerk at Deloitte in Vienna."),
                 ("Ramirez is a former police officer from Monterrey.",
                  "Gutierrez is a former police officer from Monterrey.")):
        c = compare(a, b)
        assert c.relation != _DUPLICATE, (a, b)
        assert any(r.startswith("another doer") for r in c.reasons), (a, b, c.reasons)


def test_one_person_told_two_ways_stays_one() -> None:
    for a, b in (("Kowalski was a former miner from Silesia.", "Jan Kowalski was a former miner from Silesia."),
                 ("Gaddafi was a former army officer from Sirte.", "Qadhafi was a former army officer from Sirte."),
                 ("Prime Minister Sharif was a former chief minister of Punjab.",
                  "Shehbaz Sharif was a former chief minister of Punjab."),
                 ("He was a former auditor at KPMG in Dublin.", "Murphy was a former auditor at KPMG in Dublin.")):
        c = compare(a, b)
        assert c.relation == _DUPLICATE, (a, b, c.reasons)


def test_a_copula_subject_is_read_only_without_an_article_or_pronoun() -> None:
    assert copula_subject("Mr Haddad was a former teacher in Tripoli.") == {"haddad"}
    assert copula_subject("The suspect was a former soldier.") == frozenset()
    assert copula_subject("He was a former auditor.") == frozenset()
    assert copula_subject("Officials were among the first to arrive.") == frozenset()


def test_a_harm_by_people_and_one_by_nature() -> None:
    for a, b in (("The earthquake destroyed more than 200 houses in the district.",
                  "The airstrikes destroyed more than 200 houses in the district."),
                 ("The cyclone cut power to thousands of homes in the province.",
                  "The explosion cut power to thousands of homes in the province."),
                 ("Dozens of shops near the port were damaged by the explosion.",
                  "Dozens of shops near the port were damaged by the flash floods.")):
        c = compare(a, b)
        assert c.relation != _DUPLICATE, (a, b)
        assert any(r.startswith("another cause") for r in c.reasons), (a, b, c.reasons)


def test_one_cause_told_two_ways_stays_one() -> None:
    for a, b in (("The blast damaged dozens of shops near the port.",
                  "The explosion damaged dozens of shops near the port."),
                 ("The explosion damaged several buildings near the refinery.",
                  "The bomb damaged several buildings near the refinery."),
                 ("The quake destroyed the old church in the town.",
                  "The earthquake destroyed the old church in the town.")):
        c = compare(a, b)
        assert c.relation == _DUPLICATE, (a, b, c.reasons)


def test_two_things_sent_though_one_is_like_the_event() -> None:
    a = "France sent a hospital ship with medical staff to Lebanon after the explosion."
    b = "France sent a team of explosives experts to Lebanon after the explosion."
    c = compare(a, b)
    assert c.relation != _DUPLICATE, c.reasons
    assert any(r.startswith("one act on two things") for r in c.reasons), c.reasons


def test_one_permission_given_to_people_and_to_things() -> None:
    for a, b in (("Only health workers were allowed to leave the camp on Sunday.",
                  "Only aid trucks were allowed to leave the camp on Sunday."),
                 ("Tourists were barred from the island's beaches on Sunday.",
                  "Cruise ships were barred from the island's port on Sunday.")):
        c = compare(a, b)
        assert c.relation != _DUPLICATE, (a, b)
        assert any(r.startswith("another subject of the permission") for r in c.reasons), (a, b, c.reasons)


def test_a_permission_of_one_party_stays_one() -> None:
    for a, b in (("Truck drivers were allowed to cross the border on Monday.",
                  "Trucks were allowed to cross the border on Monday."),
                 ("Only emergency vehicles were allowed on the bridge.",
                  "Only emergency traffic was allowed on the bridge."),
                 ("Foreign journalists were barred from the trial.", "Foreign reporters were barred from the trial.")):
        c = compare(a, b)
        assert not any(r.startswith("another subject of the permission") for r in c.reasons), (a, b, c.reasons)
