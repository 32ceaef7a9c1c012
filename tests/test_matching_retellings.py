"""Acts and things news tells in other words, from the invented event pairs' duplicates called
related (helper pairsconf), each tested on other sentences: halted = suspended, "began anew" =
resumed, "brought in" a measure = introduced, conscription = compulsory military service, "at the
eleventh hour" = "at the last minute", output = production, a licence or permit withdrawn = revoked."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


@pytest.mark.parametrize(("text", "written"), [
    ("Kenya Airways halted flights to Juba", "suspend"),
    ("Protests began anew in Dhaka", "resume"),
    ("Seoul brought in a tax on sugary drinks", "introduce"),
])
def test_a_verb_told_another_way_is_written_one_way(text, written):
    assert written in rewrite(text)[0]


@pytest.mark.parametrize(("text", "written"), [
    ("Taiwan has introduced compulsory military service", "conscription"),
    ("The strike was cancelled at the eleventh hour", "last minute"),
    ("Kazakhstan's oil output rose 8% in May", "production"),
])
def test_a_thing_told_another_way_is_written_one_way(text, written):
    assert written in rewrite(text)[0]


def test_a_retelling_in_other_words_is_a_duplicate():
    c = compare("Kenya Airways has suspended flights to Juba because of the fighting",
                "Flights to Juba have been halted by the Kenyan carrier amid the fighting")
    assert c.relation == "duplicate", c.reasons


def test_output_against_production_still_tells_an_opposite():
    c = compare("Kazakhstan's oil output rose 8% in May", "Kazakhstan's oil production fell 8% in May")
    assert c.relation == "conflict", c.reasons


def test_a_licence_withdrawn_is_revoked_but_troops_withdrawn_are_not():
    assert rewrite("Ghana withdrew the mining firm's operating licence")[0] == "Ghana revoked the mining firm's operating licence"
    assert "revok" not in rewrite("The army withdrew from the permit zone")[0]
    c = compare("Accra has revoked the Chinese firm's licence to mine gold at Obuasi",
                "Ghana withdrew the Chinese company's licence for the Obuasi gold mine")
    assert any("= revoked" in r for r in c.reasons), c.reasons
