"""A place told without a preposition anchors a figure: a headline's place before its colon, a
report's subject, a place named by its kind ("the territory's government") (helper pairsdup6)."""

from workbench.core.match.compare import compare_many
from workbench.core.match.told_places import content_names, names_kind_of_place, told_in_one_place


def _lexical(a: str, b: str):
    return compare_many([(a, b)], semantic=False)[0]


def test_a_headline_place_and_a_report_subject_are_one_place() -> None:
    a = "Dhaka floods: 310 mm in 12 hours, a record for June"
    b = "Dhaka recorded 310 millimetres of rainfall in twelve hours, the meteorological office said."
    assert content_names(a) == {"dhaka"} == content_names("Dhaka recorded 310 millimetres")
    got = _lexical(a, b)
    assert got.relation == "duplicate", got.reasons


def test_a_place_named_by_its_kind_is_the_place_the_other_claim_names() -> None:
    a = "Vanuatu cyclone: losses put at about 430 million dollars"
    b = "The cyclone caused some $430m in losses, according to the island nation's finance ministry."
    assert names_kind_of_place(b) and not names_kind_of_place("The state of emergency was lifted")
    assert _lexical(a, b).relation == "duplicate"


def test_names_of_two_places_or_none_at_all_tell_no_one_place() -> None:
    assert not told_in_one_place(frozenset({"dhaka"}), frozenset({"chittagong"}), False, False)
    assert not told_in_one_place(frozenset(), frozenset({"dhaka"}), False, False)
    got = _lexical("Dhaka floods: 310 mm in 12 hours", "Chittagong recorded 310 millimetres of rain in twelve hours")
    assert got.relation != "duplicate"


def test_a_first_word_is_a_name_only_when_the_tables_know_it() -> None:
    assert content_names("Three people died in the fire.") == frozenset()
    assert content_names("Tens of thousands rallied.") == frozenset()
    assert "nepal" in content_names("Nepal's army said")
    got = _lexical("Hundreds of workers marched on the eve of the vote.",
                   "Hundreds of workers marched on the eve of the vote on the budget cuts and tax rises.")
    assert not any("one fact" in r for r in got.reasons)
