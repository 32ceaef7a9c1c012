"""Duplicates told in other words (helper dup117, sets 117-120 read): a country's hyphenated name
and its other name, an application for membership submitted, forgiveness asked, a span an act went
on for, an act attempted, a capacity told in the passive (and no count of an act), a body of states told by its kind ("the
bloc"); and the hard negatives that must keep their answer."""

from __future__ import annotations

from workbench.core.language.told_otherwise import rewrite_told_otherwise
from workbench.core.match.bodies_by_kind import bodies_apart, body_by_kind
from workbench.core.match.capacities import capacity_apart
from workbench.core.match.compare import compare, compare_many
from workbench.core.match.knowledge import rewrite


def _told(text: str) -> str:
    return rewrite_told_otherwise(text, [])


def _relations(pairs: list[tuple[str, str]]) -> list[str]:
    return [c.relation for c in compare_many(pairs, semantic=False)]


def test_a_hyphenated_country_name_is_one_word_as_its_other_names_are() -> None:
    assert rewrite("Timor-Leste applied.")[0] == rewrite("East Timor applied.")[0]
    # Guinea-Bissau no longer shares a word with Guinea
    assert compare("Guinea-Bissau will hold legislative elections on 23 November.",
                   "Guinea will hold legislative elections on 23 November.").relation != "duplicate"
    assert compare("The Republic of Guinea-Bissau will hold legislative elections on 23 November.",
                   "Guinea-Bissau will hold legislative elections on November 23.").relation == "duplicate"


def test_acts_told_another_way_are_written_one_way() -> None:
    assert _told("Kyiv submitted its application for membership of the bloc.") == "Kyiv applied to join the bloc."
    assert _told("Ukraine is applying for membership of the EU.") == "Ukraine is applying to join the EU."
    assert _told("He is due to ask for forgiveness.") == "He is due to apologise."
    assert _told("Clashes went on for roughly six hours.") == "Clashes lasted roughly six hours."
    assert _told("The attackers attempted to seize weapons.") == "The attackers tried to seize weapons."
    assert _told("As many as 3,000 people can be housed at the new centres at any one time.") \
        == "The new centres can hold as many as 3,000 people at any one time."
    assert _told("The camp can accommodate up to 10,000 refugees.") == "The camp can hold up to 10,000 refugees."
    # stays: a trial, an application for another thing, a walk, people housed (no capacity), a pardon
    for text in ("He was tried for murder.", "It was an attempt to flee.", "She submitted her application for asylum.", "They went on for a walk.",
                 "Hundreds of people were housed at the school.", "His lawyers asked for a pardon."):
        assert _told(text) == text


def test_a_body_told_by_its_kind() -> None:
    a, b, hit = body_by_kind("Sweden applied to join NATO in May 2022.",
                             "Stockholm submitted its application for membership of the alliance in May 2022.") or ("", "", "")
    assert "of NATO" in b and hit == "the alliance = NATO"
    assert bodies_apart("Georgia applied to join the European Union.", "Georgia applied to join the alliance.")
    # a party alliance is no body of states; a claim naming a body itself is read as written
    assert body_by_kind("The ruling alliance won the vote.", "NATO won the vote.") is None
    assert body_by_kind("The EU and the bloc's members met.", "NATO met.") is None


def test_a_capacity_is_no_count_of_an_act() -> None:
    assert compare("The new prison in Kigali can hold up to 2,000 inmates.",
                   "As many as 2,000 inmates were moved to the new Kigali prison.").relation != "duplicate"
    assert compare("The camp in Adre can accommodate up to 10,000 refugees.",
                   "Some 10,000 refugees arrived at the camp in Adre.").relation != "duplicate"
    assert capacity_apart([], ("a", "b")) is None
    # two capacities stay one fact
    assert compare("The stadium in Doha can seat up to 60,000 fans.",
                   "The Doha stadium has a capacity of 60,000 fans.").relation == "duplicate"


def test_duplicates_told_in_other_words() -> None:
    pairs = [
        ("Pope Francis is expected to apologise for the abuse in a speech in Edmonton.",
         "Pope Francis is due to ask for forgiveness for the abuse in an address in Edmonton."),
        ("Sweden applied to join NATO in May 2022.",
         "Stockholm submitted its application for membership of the alliance in May 2022."),
        ("The siege of the hotel lasted about twelve hours, police said.",
         "According to police, the standoff at the hotel went on for roughly twelve hours."),
        ("The new prison in Kigali can hold up to 2,000 inmates.",
         "As many as 2,000 inmates can be housed at the new Kigali prison."),
    ]
    assert _relations(pairs) == ["duplicate"] * len(pairs)


def test_hard_negatives_keep_their_answer() -> None:
    pairs = [
        ("The strike lasted about three days, the union said.",
         "According to the union, talks with the employers went on for roughly three days."),
        ("Ukraine applied to join the European Union in February 2022.",
         "Moldova submitted its application for membership of the bloc in March 2022."),
        ("Finland applied to join NATO in May 2022.",
         "Sweden submitted its application for membership of the alliance in May 2022."),
        ("Georgia applied to join the European Union in March 2022.",
         "Georgia submitted its application for membership of the alliance in March 2022."),
        ("The minister is due to ask parliament for more funding for the army.",
         "The minister is expected to apologise to parliament for the army's failures."),
        ("Pope Francis is expected to apologise for the abuse in Edmonton.",
         "Survivors in Edmonton asked Pope Francis to apologise for the abuse."),
    ]
    assert "duplicate" not in _relations(pairs)
    # a name of several words, one token in the claim, is read in a denial's scope too
    for country in ("Timor-Leste", "Burkina Faso"):
        assert compare(f"Myanmar's junta expelled {country}'s envoy from Yangon.",
                       f"Myanmar's junta said it would not expel {country}'s envoy from Yangon.").relation == "conflict"
    assert compare("The fighting lasted about six hours, the army said.",
                   "The fighting lasted about six days, the army said.").relation == "conflict"
