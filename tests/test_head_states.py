"""A state named only as its head's, whom the other claim names, is no other country
(`match.head_states`); an exit announced with its leaver after "of", an apology said plainly, a place
toured, homes lost and a neighbourhood (helper dup154, sets 153-156)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.head_states import heads_states, states_of_heads
from workbench.core.match.knowledge import rewritten


def test_head_state_read_when_written_once() -> None:
    assert heads_states("France's President Emmanuel Macron visited the port.") == (("franc", "macron"),)
    assert heads_states("Kenya's President William Ruto said Kenya's economy grew.") == ()
    assert states_of_heads("France's President Emmanuel Macron visited the port.", frozenset({"macron"})) == {"franc"}
    assert states_of_heads("France's President Emmanuel Macron visited the port.", frozenset({"biden"})) == frozenset()


def test_head_state_is_no_other_country() -> None:
    c = compare("French President Emmanuel Macron visited the devastated Gemmayzeh district on 6 August.",
                "Macron toured Beirut's battered Gemmayzeh neighbourhood.")
    assert not any("another country" in r for r in c.reasons)


@pytest.mark.parametrize(("a", "b"), [
    ("French President Emmanuel Macron visited Egypt on Monday.", "Macron visited Lebanon on Monday."),
    ("Kenya's President William Ruto said Kenya's economy grew 5% last year.",
     "Ruto said Tanzania's economy grew 5% last year."),
])
def test_other_country_still_apart(a: str, b: str) -> None:
    assert compare(a, b).relation != "duplicate"


@pytest.mark.parametrize(("text", "want"), [
    ("Prime Minister Hassan Diab announced the resignation of his government on 10 August.",
     "said his government resign on 10 August"),
    ("The club confirmed the departure of its coach from the team.", "said its coach left the team"),
    ("The palace announced the retirement of Justice Anna Smith.", "said Justice Anna Smith retire"),
    ("Police chief Yoon Hee-keun said sorry.", "Yoon Hee-keun apologise"),
    ("Macron toured the battered neighbourhood.", "Macron visit the battered district"),
    ("About 300,000 people lost their homes.", "people leave homeless"),
    ("About 300,000 people had been left homeless.", "people had been leave homeless"),
])
def test_written_one_way(text: str, want: str) -> None:
    assert want in rewritten(text)[0]


@pytest.mark.parametrize("text", [
    "The ministry announced the withdrawal of troops from the border.",  # a thing withdrawn names no leaver
    "The band announced a world tour.",
    "The school district announced the closure.",
])
def test_left_as_written(text: str) -> None:
    said = rewritten(text)[0]
    assert " said " not in said and "visit" not in said and "district" not in said.replace("school district", "")


@pytest.mark.parametrize(("a", "b", "want"), [
    ("Prime Minister Hassan Diab announced the resignation of his government on 10 August.",
     "Lebanon's cabinet, led by Hassan Diab, stepped down on August 10, six days after the explosion.", "duplicate"),
    ("National Police Agency chief Yoon Hee-keun apologised, admitting the police response to the calls had been "
     "inadequate.", "Police chief Yoon Hee-keun said sorry and acknowledged that officers had failed to respond "
     "properly to the emergency calls.", "duplicate"),
    ("The airline's chief executive said sorry to passengers stranded by the strike.",
     "The airline's chief executive refused to apologise to passengers stranded by the strike.", "not"),
    ("The minister toured the flooded district on Monday.", "The minister skipped the flooded district on Monday.", "not"),
])
def test_pairs(a: str, b: str, want: str) -> None:
    got = compare(a, b).relation
    assert got == want if want != "not" else got != "duplicate"


def test_one_person_told_with_more_of_his_names() -> None:
    from workbench.core.match.one_person import one_person

    full = "France's President Emmanuel Macron visited the devastated Gemmayzeh district."
    assert one_person((full, frozenset({"franc", "emmanuel", "macron", "<office:president>"})),
                      ("Macron visit Beirut's battered Gemmayzeh district.", frozenset({"macron"})))
    # another person beside him is a name of its own
    assert not one_person(("Joe Biden and Justin Trudeau visited the town.", frozenset({"biden", "trudeau"})),
                          ("Biden visited the town.", frozenset({"biden"})))


@pytest.mark.parametrize(("a", "b", "want"), [
    ("French President Emmanuel Macron visited the devastated Gemmayzeh district on 6 August, two days after the "
     "blast.", "Two days after the explosion, Macron toured Beirut's battered Gemmayzeh neighbourhood.", "duplicate"),
    ("German Chancellor Olaf Scholz visited the devastated village of Schuld on 18 July, three days after the flood.",
     "Three days after the floods, Scholz toured the battered Ahr valley village of Schuld.", "duplicate"),
    ("Greek Prime Minister Kyriakos Mitsotakis visited the burnt village of Mati two days after the fire.",
     "Two days after the fire, Mitsotakis sacked the head of the fire brigade.", "not"),
])
def test_one_person_pairs(a: str, b: str, want: str) -> None:
    got = compare(a, b).relation
    assert got == want if want != "not" else got != "duplicate"
