"""A known force's kind (`language.actors.FORCE_KINDS`): a state's army named by its own name
("the Sudanese army", "the IDF") against an armed group described by its people ("Arab militias")
is two doers; a force told by another kind's word ("RSF troops") stays itself. And a country
before "'s" owns what follows ("Kenya's currency"): named, no commander."""

from __future__ import annotations

from workbench.core.match.claim_view import claim_roles
from workbench.core.match.compare import compare, prepared


def _rel(a: str, b: str) -> str:
    return compare(a, b).relation


def _doers(text: str) -> frozenset[str] | None:
    return claim_roles(text, prepared(text)[0])[1]


def test_a_state_army_by_name_is_no_militia():
    assert "<soldiers>" in (_doers("The Sudanese army looted 500 shops in Nyala on June 8.") or ())
    assert _rel("Arab militias looted 500 shops in Nyala on June 8.",
                "The Sudanese army looted 500 shops in Nyala on June 8.") != "duplicate"
    assert _rel("Kurdish fighters shelled 12 villages near Afrin on 3 May.",
                "The IDF shelled 12 villages near Afrin on 3 May.") != "duplicate"


def test_an_armed_group_by_name_is_no_army():
    assert _rel("The army shelled 40 houses in Kadugli on 11 June.",
                "The SPLM-N shelled 40 houses in Kadugli on 11 June.") != "duplicate"


def test_one_force_in_other_words_stays_one_doer():
    assert _rel("The Sudanese Armed Forces captured 300 homes in El Obeid on 13 June.",
                "The army captured 300 homes in El Obeid on 13 June.") == "duplicate"
    troops, fighters = _doers("RSF troops seized 40 trucks in Nyala."), _doers("RSF fighters seized 40 trucks in Nyala.")
    assert troops is not None and fighters is not None and "<militants>" in troops & fighters


def test_a_country_owning_the_subject_is_named():
    assert _doers("Kenya's currency fell 10 percent on Monday.") == frozenset({"kenya"})
    assert _rel("On September 7, Kenya's currency fell 10 percent versus the dollar.",
                "On Sept. 7, the currency of Ghana slid 10% against the dollar.") != "duplicate"
    assert _rel("Egypt's central bank raised its key rate by 2 percentage points on 12 September.",
                "The central bank of Egypt hiked its policy rate by 2 percentage points on 12 September.") == "duplicate"
