"""One traveller's destination told as two places (`match.one_destination`; set 141, helper
conf141b): "bound for X" / "heading for Y" of one ship, plane or convoy under way is a conflict."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.one_destination import voyage
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The tanker was bound for Rotterdam when it ran aground off the Dutch coast.",
     "The tanker had been heading for Antwerp when it ran aground, the coastguard said."),
    ("The ferry was en route to Naxos when the fire broke out on board.",
     "The ferry was sailing to Paros when the fire broke out on board, the coastguard said."),
    ("The freighter, bound for Chile, lost power in the strait.",
     "The freighter was on its way to Peru when it lost power in the strait."),
]
NOT_CONFLICTS = [
    # one place told with its country, a town in the region named
    ("The tanker was bound for Rotterdam when it ran aground.",
     "The tanker, bound for Rotterdam in the Netherlands, ran aground, the coastguard said."),
    ("The yacht was heading for Sicily when it sank.", "The yacht was bound for Palermo, Sicily, when it sank."),
    # a town against a country it may lie in (no gazetteer of towns)
    ("The trawler was heading for Bergen when it sank.", "The trawler was bound for Norway when it sank."),
    # two travellers
    ("The cruise ship was heading for Bergen when its engines failed.",
     "The cargo ship was heading for Oslo when its engines failed."),
    # where it started, where it was taken
    ("The tanker was bound for Rotterdam when it ran aground.", "The tanker had sailed from Antwerp before it ran aground."),
    ("The ferry was bound for Naxos when the fire broke out.", "The ferry was towed to Piraeus after the fire."),
]


def test_the_reading_of_one_claim() -> None:
    assert voyage("The boat, which capsized overnight, had been bound for Malta, survivors said.") == (
        "boat", frozenset({"boat"}), ("Malta",))
    assert voyage("The Dali, bound for Colombo, Sri Lanka, struck the bridge.")[2] == ("Colombo", "Sri Lanka")
    assert voyage("The minister was heading to the polls.") is None  # no named place
    assert voyage("The ferry was towed to Piraeus.") is None


def test_two_destinations_of_one_voyage_are_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_look_alikes_are_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
