"""Readings wire bulletins and live blogs need (invented sentences): a headline in capitals reads
its day and place as a sentence does ("FLOODS CUT OFF 300 FAMILIES IN TOULOUSE ON 3 MAY"), a live
blog's time stamp opening a line is no figure ("21.25 - 170 children ..." is no range), and a
place named after "the coastal town of" / "the provincial capital of" is read."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.figures.shouting import is_shouting, unshout
from workbench.core.match.compare import compare
from workbench.core.match.place_names import places


def test_unshout_keeps_offsets_and_lowers_small_words() -> None:
    text = "FLOODS CUT OFF 300 FAMILIES IN TOULOUSE ON THE 3RD"
    out = unshout(text)
    assert len(out) == len(text)
    assert out == "Floods Cut Off 300 Families in Toulouse on the 3rd"


@pytest.mark.parametrize("text, shouting", [
    ("FLOODS CUT OFF 300 FAMILIES", True),
    ("The UN and NATO met in Brussels.", False),    # acronyms in a sentence
    ("UN, EU", False),                              # too short to tell
])
def test_is_shouting(text: str, shouting: bool) -> None:
    assert is_shouting(text) is shouting


@pytest.mark.parametrize("text, day", [
    ("FLOODS CUT OFF 300 FAMILIES IN TOULOUSE ON 3 MAY", "3 MAY"),
    ("STRIKERS BLOCK 40 LORRIES AT CALAIS ON SEPT. 14", "SEPT. 14"),
    ("STORM LEAVES 12 DEAD ON TUESDAY", "TUESDAY"),
    ("FERRY WITH 90 ON BOARD SINKS ON THE 14TH", "THE 14TH"),
])
def test_a_headline_in_capitals_reads_its_day(text: str, day: str) -> None:
    assert [d.text for d in fig.dates_of(text)] == [day]
    assert all(q.value not in (3, 14) for q in fig.quantities_of(text))  # the day is no figure


def test_headline_and_sentence_dates_agree() -> None:
    reasons = compare("FLOODS CUT OFF 300 FAMILIES IN TOULOUSE ON 3 MAY",
                      "Floods cut off 300 families in Toulouse on May 3.").reasons
    assert any(r.startswith("same date") for r in reasons)


@pytest.mark.parametrize("text, place", [
    ("FLOODS CUT OFF 300 FAMILIES NEAR TOULOUSE", "Toulouse"),
    ("Floods cut off 300 families in the southern city of Toulouse.", "Toulouse"),
    ("Ferries stopped in the coastal town of Saint-Malo on Monday.", "Saint-Malo"),
    ("Fire hit 20 homes in the provincial capital of Mende.", "Mende"),
    ("FIRE HITS 20 HOMES IN THE PROVINCIAL CAPITAL OF MENDE", "Mende"),
])
def test_places_after_a_description_and_in_capitals(text: str, place: str) -> None:
    assert places(text) == (place,)


def test_a_description_without_a_name_is_no_place() -> None:
    assert places("Fire hit 20 homes in the capital of the region.") == ()


@pytest.mark.parametrize("text, figures", [
    ("21.25 - 170 children were evacuated from the school.", [170]),
    ("11.11 - 7 ferries were held in port.", [7]),
    ("14:32 GMT - 40 flights were cancelled.", [40]),
    ("0905 GMT: 12 trains were cancelled.", [12]),
    ("10:15 local time - Nine roads were closed.", [9]),
    ("Between 12 - 15 people were hurt.", [13.5]),    # a range, not opening with a time
    ("2015 - 30 people died that year.", [2015, 30]),   # no time stamp: read as before
])
def test_a_time_stamp_opening_a_line_is_no_figure(text: str, figures: list[float]) -> None:
    assert [q.value for q in fig.quantities_of(text)] == figures


def test_two_live_blog_lines_with_other_times_agree() -> None:
    a = "21.25 - 170 children were evacuated from the school in Mende on 3 May."
    b = "08:40 GMT - Some 170 children were evacuated from the school in Mende on May 3."
    assert not any("figures differ" in r or r.startswith("figures:") for r in compare(a, b).reasons)
    assert compare(a, b).relation == "duplicate"


@pytest.mark.parametrize("text", ["Kidnappers demanded 550 US dollars.", "Kidnappers demanded 550 U.S. dollars.",
                                  "Kidnappers demanded $550."])
def test_us_dollars_are_dollars(text: str) -> None:
    assert [(q.value, q.unit, q.counted) for q in fig.quantities_of(text)] == [(550, "USD", None)]


def test_a_sum_in_us_dollars_agrees_with_the_same_in_dollars() -> None:
    reasons = compare("Kidnappers demanded 550 US dollars in Lyon on 3 May.",
                      "Kidnappers demanded $550 in Lyon on May 3.").reasons
    assert any(r.startswith("figures agree") for r in reasons)


def test_the_spanish_article_of_a_name_is_no_verb_lose() -> None:
    reasons = compare("Los Zetas seized 40 trucks in Reynosa on 3 May.",
                      "Gunmen seized 40 trucks in Reynosa on May 3.").reasons
    assert not any(r.startswith("opposite outcomes") for r in reasons)
    reasons = compare("The army retook Los Mochis on 3 May.", "The army lost Los Mochis on 3 May.").reasons
    assert any(r.startswith("opposite outcomes") for r in reasons)  # the verb itself still is


@pytest.mark.parametrize("text, unit", [
    ("Floods cut the road for several hourrs.", None),      # a vague time, no figure
    ("Pilgrims walked 40 kilometrs to the shrine.", "km"),
    ("The appeal took 3 yeaars.", "years"),
])
def test_a_unit_with_a_typing_slip_is_the_unit(text: str, unit: str | None) -> None:
    found = fig.quantities_of(text)
    assert [q.unit for q in found] == ([unit] if unit else [])


@pytest.mark.parametrize("a, b", [
    ("The destruction of 30 homes in Lyon on 3 May was confirmed.", "Floods destroyed 30 homes in Lyon on 3 May."),
    ("The abduction of 12 pupils in Lyon on 3 May was confirmed.", "Gunmen abducted 12 pupils in Lyon on 3 May."),
    ("The wounding of 12 people in Lyon on 3 May was confirmed.", "Police wounded 12 people in Lyon on 3 May."),
    ("The detention of 12 people in Lyon on 3 May was confirmed.", "Police detained 12 people in Lyon on 3 May."),
])
def test_an_act_told_as_a_noun_is_the_same_event(a: str, b: str) -> None:
    c = compare(a, b)
    assert c.features["event_one_side"] == 0 and c.relation == "duplicate"


def test_an_act_told_as_a_noun_is_another_event_than_its_opposite() -> None:
    assert compare("The abduction of 40 pupils in Lyon on 3 May was confirmed.",
                   "40 pupils were freed in Lyon on 3 May.").relation != "duplicate"


def test_a_possessive_owner_before_a_description_is_no_place_of_its_own() -> None:
    assert places("The rioting spread to Greece's second city, Thessaloniki.") == ()
    assert places("Police were deployed in Washington's Georgetown.") == ("Georgetown",)
    assert compare("The rioting spread to the northern city of Thessaloniki.",
                   "The rioting spread to Greece's second city, Thessaloniki.").relation == "duplicate"


@pytest.mark.parametrize("noun, past", [
    ("destruction", "destroyed"), ("abduction", "abducted"), ("detention", "detained"), ("seizure", "seized"),
    ("displacement", "displaced"), ("evacuation", "evacuated"), ("deportation", "deported"),
    ("delivery", "delivered"), ("wounding", "wounded"), ("injuring", "injured"), ("kidnapping", "kidnapped"),
    ("killing", "killed"), ("capture", "captured"), ("release", "released"), ("arrest", "arrested"),
])
def test_an_act_noun_reads_as_its_verb_after_the_verb_table(noun: str, past: str) -> None:
    from workbench.core.language.stems import ACT_NOUNS
    from workbench.core.match import knowledge
    from workbench.core.match.normalize import normalize

    assert noun in ACT_NOUNS
    as_noun = normalize(knowledge.rewrite(f"the {noun} of 40 people")[0]).tokens
    as_verb = normalize(knowledge.rewrite(f"they {past} 40 people")[0]).tokens
    assert as_noun[0] == as_verb[0]
