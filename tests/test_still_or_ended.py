"""A thing told still going against the same thing ended, and an order to keep a thing going against
an order to end it (`match.still_or_ended`; sets 145-148, helper conf145)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.still_or_ended import ended, requests, still_going
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The forest fire near Kalamata is still burning, the fire brigade said.",
     "The forest fire near Kalamata has finally been put out, the fire brigade said."),
    ("The dockworkers' strike in Antwerp is still going on, the union said.",
     "The dockworkers' strike in Antwerp has ended, the union said."),
    ("The governor ordered engineers to keep the Lowell hydro plant running through the winter.",
     "The governor ordered engineers to shut down the Lowell hydro plant through the winter."),
    ("A judge ordered the Eastside mine to keep pumping water until May.",
     "A judge ordered the Eastside mine to stop pumping water until May."),
]
NOT_CONFLICTS = [
    # both still going
    ("The forest fire near Kalamata is still burning, the fire brigade said.",
     "The forest fire near Kalamata is still smouldering, the fire brigade said."),
    # both ended
    ("The forest fire near Kalamata has been extinguished, officials said.",
     "Officials said firefighters had put out the forest fire near Kalamata."),
    # both asked to keep going
    ("The governor ordered engineers to keep the Lowell hydro plant running through the winter.",
     "The governor ordered engineers to keep the Lowell hydro plant going through the winter."),
]


def test_the_readings_of_one_claim() -> None:
    assert still_going("Officials said the fire at the depot is still burning.") == (frozenset({"fir", "depot"}),)
    assert not still_going("The fire was still burning on Monday.")  # the past: it may be out now
    assert ended("The fire at the depot has finally been extinguished.") == (frozenset({"fir", "depot"}),)
    assert ended("Crews put out the fire at the depot.") == (frozenset({"fir", "depot"}),)
    assert not ended("Crews were ordered to put out the fire.")  # only asked for
    on, off = requests("The mayor told crews to keep the fountain running.")
    assert on == (("told", frozenset({"fountain"})),) and not off


def test_still_going_against_ended_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_the_same_outcome_twice_is_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)


def test_another_thing_ended_is_no_conflict() -> None:
    (c,) = compare_many([("The fire at the Shell refinery is still burning.", "The fire at the Exxon depot has been put out.")])
    assert c.relation != Relation.CONFLICT.value, c.reasons


#: An activity told still going by its verb and ended by its noun (stop 52).
ACTIVITIES_ENDED = [
    ("Rescuers are still searching for the missing climbers on Mount Everest.",
     "Nepalese authorities called off the search for the missing climbers on Everest on Tuesday."),
    ("Teams are still searching for survivors in the rubble of the hotel.",
     "The search for survivors in the hotel rubble has ended, officials said."),
    ("Rescuers are still searching for the missing tourists on the glacier.",
     "The search for the missing tourists on the glacier was suspended because of bad weather."),
    ("Junior doctors are still striking in Kenya.", "The doctors union ended the strike in Kenya on Monday."),
]


def test_an_activity_still_going_against_its_end_is_a_conflict() -> None:
    for (a, b), c in zip(ACTIVITIES_ENDED, compare_many(ACTIVITIES_ENDED), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_another_search_ended_is_no_conflict() -> None:
    pairs = [("Rescuers are still searching for the pilot of the crashed jet.",
              "The search for the co-pilot's body was called off on Monday."),
             ("Police are still searching for the gunman.",
              "Police called off the search for a missing teenager in the same town."),
             ("Firefighters are still searching the warehouse for victims.",
              "Firefighters called off the search of a second warehouse nearby.")]
    for (a, b), c in zip(pairs, compare_many(pairs), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
