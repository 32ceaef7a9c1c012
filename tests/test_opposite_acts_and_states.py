"""Conflicts told by an opposite act or state (helper opp84, classes of sets 81-84): how a fire came
about ("started deliberately" / "accidental"), a finding "ruled out", people at a border pushed
back / let in, money or people accepted / sent back, a plant working as normal / halted. Pairs on
other topics than the sets', with duplicate controls told in synonyms."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


@pytest.mark.parametrize(("text", "said"), [
    ("Police ruled out foul play", "denied foul play"),
    ("The minister ruled it out", "denied it"),
    ("Guards pushed the migrants back across the river", "repel the migrants"),
    ("Thailand pushed back the border talks to next week", "postpone the border talks"),
    ("The court pushed back the hearing", "postpone the hearing"),
    ("Mexico sent back the shipment of corn", "return the shipment"),
    ("The mills are operating normally", "are continue"),
])
def test_the_act_is_written_one_way(text, said):
    assert said in rewrite(text)[0]


@pytest.mark.parametrize("text", [
    "Nothing has been ruled out",
    "It was not possible to rule out that the chemical was a risk",
    "Investigators have not ruled out arson",
])
def test_a_negated_ruling_out_is_no_denial(text):
    assert "denied" not in rewrite(text)[0]


@pytest.mark.parametrize(("a", "b"), [
    ("Investigators said the blaze at the Lagos market was set deliberately.",
     "Investigators said the blaze at the Lagos market was accidental."),
    ("Investigators ruled out arson in the fire that destroyed the Valparaiso warehouse.",
     "Investigators said the fire that destroyed the Valparaiso warehouse was arson."),
    ("Poland's border guards pushed the migrants back into Belarus, officials said.",
     "Officials said Poland's border guards allowed the migrants to enter the country."),
    ("Kenya accepted the $200 million loan from the World Bank, the treasury said.",
     "Kenya returned the $200 million loan to the World Bank, the treasury said."),
    ("Italy sent back the 40 migrants rescued by the charity ship, the interior ministry said.",
     "Italy accepted the 40 migrants rescued by the charity ship, the interior ministry said."),
    ("The steel mills in Zaporizhzhia are operating normally despite the shelling, the governor said.",
     "The steel mills in Zaporizhzhia have halted production because of the shelling, the governor said."),
    # an exception or a concession names no other thing ("except for ...", "despite ...")
    ("Power plants in Kosovo have halted output except for the coal-fired units, the operator said.",
     "Kosovo's power stations are operating normally despite the fuel shortage, the operator said."),
])
def test_opposite_acts_conflict(a, b):
    assert compare(a, b).relation == "conflict"


@pytest.mark.parametrize(("a", "b"), [
    ("Police ruled out foul play in the death of the Cusco tour guide.",
     "Police said there was no foul play in the death of the Cusco tour guide."),
    ("Kenya returned the $200 million loan to the World Bank.",
     "Kenya sent back the $200 million loan to the World Bank."),
    ("The steel mills in Zaporizhzhia are operating normally despite the shelling.",
     "The Zaporizhzhia steel mills are working as usual despite the shelling."),
    ("Officials said the fire at the chemical plant was accidental.",
     "Officials said the chemical plant fire was an accident."),
])
def test_the_same_act_in_synonyms_stays_a_duplicate(a, b):
    assert compare(a, b).relation == "duplicate"


def test_an_envoy_sent_back_is_no_envoy_recalled():
    assert compare("Serbia recalled its ambassador from Croatia",
                   "Serbia sent its ambassador back to Croatia").relation != "duplicate"
