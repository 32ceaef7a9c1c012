"""One act retold another way (helper dup85, classes read from sets 85-88), tested on invented
sentences, not on the held-out pairs: sanctions removed are lifted, a place "back under its
control" was recaptured, a march "headed by" someone was led by them, a plot to seize power is a coup
plotted, a service shut down in the passive is cut off, "across the country" is nationwide, a
frontier a border; a call told as the purpose of a rally ("marched to demand ..."); "a quarter of a
million"; a participle describing a thing ("the severed cable") tells no outcome."""

from __future__ import annotations

import pytest

from workbench.core.figures import quantities_of
from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite
from workbench.core.match.opposites import described_acts
from workbench.core.match.wanted import wanted


def _words(text: str) -> str:
    return rewrite(text)[0]


@pytest.mark.parametrize(("a", "b"), [
    ("Britain will remove its sanctions on Libya", "Britain will lift its sanctions on Libya"),
    ("Ottawa scrapped all sanctions on the bank", "Ottawa lifted all sanctions on the bank"),
    ("Sanctions on the airline were dropped", "Sanctions on the airline were lifted"),
    ("The town was back under its control", "The town was recaptured"),
    ("The port is back under the control of the army", "The port is recaptured by the army"),
    ("The delegation was headed by the deputy minister", "The delegation was led by the deputy minister"),
    ("The general headed the transitional council", "The general led the transitional council"),
    ("He was accused of planning to seize power", "He was accused of plotting a coup"),
    ("They are charged with attempting to seize power", "They are charged with attempting a coup"),
    ("Mobile internet was shut down in the north", "Mobile internet was cut off in the north"),
    ("Strikes spread across the country", "Strikes spread nationwide"),
    ("Troops massed on the frontier", "Troops massed on the border"),
])
def test_one_act_written_one_way(a: str, b: str) -> None:
    assert _words(a) == _words(b)


@pytest.mark.parametrize("text", [
    "The convoy headed towards the port",  # a direction, not a leader
    "The party headed the list of winners",
    "He came back under heavy fire",  # no control, no hands
    "The ministers ended the talks on sanctions",  # the talks ended, not the sanctions
    "The utility plans to restore power by Friday",
])
def test_look_alikes_stay(text: str) -> None:
    assert _words(text) == text


def test_call_told_as_the_purpose_of_a_rally() -> None:
    assert wanted("thousands marched to demand the release of the prisoners") == "call"
    assert wanted("they gathered to call for an end to the strike") == "call"
    assert wanted("the union's demands were met") is None  # a noun, no call
    assert wanted("they went to demand") == "call"


def test_a_quarter_of_a_million() -> None:
    (q,) = quantities_of("The ship carried a quarter of a million litres of water")
    assert q.value == 250 and q.unit == "m3"  # litres read in cubic metres
    values = [x.value for x in quantities_of("The charity served three quarters of a million meals")]
    assert values == [750_000]


def test_described_participle_tells_no_outcome() -> None:
    assert "disconnect" in described_acts("Engineers fixed the island's severed cable")  # as the verb table reads "severed"
    assert "damag" in described_acts("Crews cleared the damaged road")
    assert described_acts("The government severed the cable") == frozenset()
    a = "The power cable to the island was repaired on 3 May, restoring supplies after two weeks."
    b = "Power was back on May 3 after engineers fixed the island's severed cable."
    assert not any(r.startswith("opposite outcomes") for r in compare(a, b).reasons)
    # told as the act, the cut still clashes with the repair
    c = compare("Power to the island was restored on 3 May.", "Power to the island was cut off on 3 May.")
    assert c.relation == "conflict"


def test_a_rally_and_its_call_are_one_fact() -> None:
    c = compare("Thousands of nurses rallied in Lisbon on 4 March to demand the health minister's resignation.",
                "On March 4, thousands of nurses gathered in Lisbon, calling on the health minister to step down.")
    assert not any(r.startswith("asked for") for r in c.reasons)
