"""Synonyms and spellings that split one fact's retellings (found with benchmarks/matching_families.py,
tested here on invented sentences): nouns for the same people ("employees" / "staff"), event verbs
("laid off" / "sacked"), a labour strike that is no attack, place names with or without an article
prefix or with other vowels. Each with the check that a real difference still shows."""

from __future__ import annotations

import pytest

from workbench.core.figures import quantities_of
from workbench.core.figures.compare import pair_figures
from workbench.core.language.synonyms import same_nouns
from workbench.core.match import knowledge, place_names
from workbench.core.match.compare import compare
from workbench.core.match.normalize import normalize


def _events(text: str) -> set[str]:
    return knowledge.event_verbs(normalize(knowledge.rewrite(text)[0]).tokens)


def test_nouns_for_the_same_people_are_written_one_way() -> None:
    hits: list[str] = []
    assert same_nouns("Villagers and a resident said staff members left", hits) == \
        "Civilians and a civilian said workers left"
    assert hits == ["Villagers = civilians", "resident = civilian", "staff members = workers"]
    assert same_nouns("Firms took a firm stance") == "Companies took a firm stance"  # "firm" has another sense
    # a name is no noun of the table
    assert same_nouns("He met the Staff Sergeant in the White House") == "He met the Staff Sergeant in the White House"
    # words that are no synonym stay
    assert same_nouns("The votes were counted by fighters") == "The votes were counted by fighters"


def test_figures_of_synonym_nouns_are_paired() -> None:
    same = pair_figures(quantities_of("The mill laid off 1,200 employees."), quantities_of("1,200 staff lost their jobs."))
    assert len(same.agreements) == 1
    other = pair_figures(quantities_of("The mill laid off 900 employees."), quantities_of("The mill laid off 4,000 workers."))
    assert len(other.clear_conflicts) == 1
    # different things counted stay unpaired
    apart = pair_figures(quantities_of("900 employees"), quantities_of("4,000 tractors"))
    assert not apart.pairs


def test_a_labour_strike_is_no_attack() -> None:
    assert "attack" not in knowledge.rewrite("Dock workers went on strike at dawn.")[0]
    assert "attack" in knowledge.rewrite("Jets struck the depot at dawn.")[0]
    same = compare("Nurses went on strike in Leeds on Tuesday.", "Nurses walked off the job in Leeds on Tuesday.")
    assert not any(r.startswith("different events") for r in same.reasons)


@pytest.mark.parametrize("a, b", [
    ("Nurses went on strike in Leeds on Tuesday.", "Nurses protested in Leeds on Tuesday."),
    ("The mill laid off 300 workers in May.", "The mill hired 300 workers in May."),
    ("Villagers fled Sinjar on Friday.", "Villagers took to the streets of Sinjar on Friday."),
])
def test_different_events_still_differ(a: str, b: str) -> None:
    result = compare(a, b)
    assert any(r.startswith(("different events", "opposite")) for r in result.reasons)
    assert result.relation != "duplicate"


def test_event_verb_synonyms() -> None:
    assert knowledge.rewrite("The mill sacked 300 workers.")[0] == knowledge.rewrite("The mill laid off 300 workers.")[0]
    assert _events("Crews relocated 40 families.") == _events("Crews evacuated 40 families.") == {"evacuate"}
    # a rescue worker is no rescue
    assert "rescue" not in _events("Rescue workers searched the rubble.")


@pytest.mark.parametrize("a, b", [
    ("Al Hasakah", "al-Hasaka"), ("Ar Ramadi", "Ramadi"), ("Az Zubayr", "al-Zubayr"), ("Sanaa", "Sana"),
    ("Dnipropetrovsk", "Dnepropetrovsk"), ("Tarhuna", "Tarhunah"),
])
def test_spellings_of_one_place(a: str, b: str) -> None:
    assert place_names.same_name(a, b) and place_names.may_contain(a, b)


@pytest.mark.parametrize("a, b", [("Gaza", "Giza"), ("Homs", "Hama"), ("Iran", "Iraq"), ("Mosul", "Basra"),
                                  ("Raqqa", "Rafah"), ("India", "Indiana")])
def test_other_places_stay_apart(a: str, b: str) -> None:
    assert not place_names.same_name(a, b)


def test_a_place_with_an_article_prefix_is_no_other_place() -> None:
    result = compare("Shelling killed 14 people in Al Hasakah on Monday.",
                     "Shelling killed 14 people in al-Hasaka on Monday.")
    assert not any(r.startswith("different places") for r in result.reasons)


def test_thousands_grouped_by_spaces_are_one_number_in_the_normalised_text() -> None:
    assert normalize("Some 25 000 villagers fled.").numbers == normalize("Some 25,000 villagers fled.").numbers == ["25000"]
    assert normalize("Floods cut off 1 250 000 people.").numbers == ["1250000"]
    # a day and a count stay two numbers
    assert normalize("On June 3 500 soldiers left.").numbers == ["3", "500"]


def test_taken_prisoner_and_stuck() -> None:
    assert _events("Militia fighters were taken prisoner near the dam.") == {"capture"}
    assert _events("Hundreds of drivers were stuck at the border.") == _events("Hundreds of drivers were stranded at the border.")
    assert knowledge.different_events(normalize(knowledge.rewrite("Villagers were trapped by the water.")[0]).tokens,
                                      normalize(knowledge.rewrite("Villagers fled the water.")[0]).tokens)


@pytest.mark.parametrize("word, event", [("arested", "arrest"), ("detianed", "arrest"), ("evacuaetd", "evacuate"),
                                         ("woundded", "wound"), ("captrued", "capture")])
def test_an_event_verb_with_a_typing_slip_is_still_read(word: str, event: str) -> None:
    assert _events(f"Guards {word} nine sailors near the pier.") == {event}


@pytest.mark.parametrize("word", ["protect", "appointee", "striker", "delivery", "killer", "elector"])
def test_other_words_near_an_event_verb_are_no_slip(word: str) -> None:
    assert _events(f"The {word} stood near the pier.") == set()


@pytest.mark.parametrize("text", ["Rebels hit 15,000 trucks in Qusayr.", "Crews unloaded sacks of flour.",
                                  "The convoy drove into a trap."])
def test_nouns_are_no_synonym_verbs(text: str) -> None:
    assert knowledge.rewrite(text) == (text, [])
    assert "disqualify" not in knowledge.rewrite("Jets flew air strikes off the coast.")[0]


def test_a_mistyped_counted_noun_still_counts_the_same_thing() -> None:
    from workbench.core.language.synonyms import noun_meant

    assert noun_meant("demonstratrs") == noun_meant("protesters") == "protesters"
    assert noun_meant("contenders") == "candidates" and noun_meant("stores") == "shops"
    qa, qb = quantities_of("12 protesters escaped"), quantities_of("12 demonstratrs fled")
    assert pair_figures(qa, qb).agreements


def test_an_article_before_a_place_with_a_space_is_no_other_place() -> None:
    from workbench.core.match.place_names import places_differ

    assert places_differ("el-Beida", "Al Bayda") is None and places_differ("An Najaf", "Najaf") is None
    assert places_differ("Hama", "Homs")
