"""Two named doers are two facts (`match.doers`), and names that may be one actor are not."""

from __future__ import annotations

import pytest

from workbench.core.match.claim_view import surface
from workbench.core.match.compare import compare


def _doer_reason(a: str, b: str) -> str | None:
    return next((r for r in compare(a, b).reasons if r.startswith("another doer")), None)


def test_two_named_doers_with_the_same_figure_day_and_place_are_two_facts() -> None:
    a = "Haitian police delivered 300 aid trucks in Mirebalais on June 13."
    b = "Witnesses said 300 aid trucks were brought in by the Viv Ansanm coalition in Mirebalais on 13 June."
    c = compare(a, b)
    assert c.relation == "related"
    assert _doer_reason(a, b) == "another doer: haitian / ansanm, viv: a different fact"


def test_the_subject_before_a_frame_in_mid_sentence_is_reported() -> None:
    assert surface("Rebel fighters, officials said, seized 40 trucks in Goma.") == "rebel fighters seized 40 trucks in goma"
    a = "Rebel fighters, officials said, seized 40 trucks in Goma on 3 May."
    b = "Government troops seized 40 trucks in Goma on 3 May, officials said."
    # no name on either side, but rebels and government troops are two kinds of armed men (helper gen7)
    assert _doer_reason(a, b) == "another doer: militants / soldiers: a different fact"
    b = "Government fighters seized 40 trucks in Goma on 3 May, officials said."
    assert _doer_reason(a, b) is None  # generic doers of one kind never split
    a = "Congolese troops, officials said, seized 40 trucks in Goma on 3 May."
    b = "Rwandan forces seized 40 trucks in Goma on 3 May, officials said."
    assert _doer_reason(a, b) == "another doer: congoles / rwandan: a different fact"


@pytest.mark.parametrize(("a", "b"), [
    # one actor transliterated
    ("Qadhafi forces wounded 12 civilians in Zawiya on 8 March.",
     "Forces loyal to Gaddafi wounded 12 civilians in Zawiya on 8 March."),
    # an acronym may be the other claim's actor spelt out
    ("The PNH detained 8 aid workers in Mirebalais on June 16.",
     "Haitian police detained 8 aid workers in Mirebalais on June 16."),
    # the place opening the claim is no doer
    ("In Tobruk, 300 residents fled on 13 June.", "In Tubruq, 300 residents fled on June 13th."),
    # a country and a people's name may be one actor
    ("Britain sent 40 engineers to Basra on 3 March.", "British forces sent 40 engineers to Basra on March 3."),
    # generic doers are no names
    ("Officials evacuated 500 residents from Kassala on Monday.",
     "Authorities evacuated 500 residents from Kassala on Monday."),
    # the outlet of a wire tag is no doer
    ("(Reuters) - Sudanese troops shelled 25 villages near Kassala on June 28.",
     "Sudanese soldiers shelled 25 villages near Kassala on 28 June, witnesses said."),
])
def test_names_that_may_be_one_actor_never_split_a_fact(a: str, b: str) -> None:
    assert _doer_reason(a, b) is None
    assert compare(a, b).relation == "duplicate"


def test_who_condemned_the_act_is_no_other_doer() -> None:
    """Who condemned the act did not do it: no doer sets the claims apart; the condemnation is a
    later act about the killing, another fact (`acts.act_on_the_act`, sets 113-116)."""
    a = "The United Nations condemned the killing of 7 civilians by M23 rebels in Goma on 13 June."
    b = "M23 rebels killed 7 civilians in Goma on 13 June."
    assert _doer_reason(a, b) is None
    assert "an act on the other's act" in " ".join(compare(a, b).reasons)


def test_a_country_against_another_countrys_people_are_two_doers() -> None:
    """"US warplanes" / "British warplanes": a country's name against another country's people's
    name (`doers._two_countries`); "Britain" / "British troops" and "American" / "US" stay one doer."""
    found = compare("US warplanes struck radar sites near Hodeidah overnight",
                    "British warplanes struck radar sites near Hodeidah overnight")
    assert found.relation != "duplicate"
    assert any(r.startswith("another doer") for r in found.reasons)
    assert compare("American jets bombed the port on Friday", "US jets bombed the port on Friday").relation == "duplicate"
    assert compare("Britain sent 40 engineers to Kyiv", "British troops sent 40 engineers to Kyiv").relation == "duplicate"
