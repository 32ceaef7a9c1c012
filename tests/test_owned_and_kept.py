"""A ruling dismissed, a court's decision, a state kept, a thing owned, a whole people and a bond
structured, each told two ways (helper dup157b, `language.owned_and_kept`)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.knowledge import rewrite


def _relations(pairs: list[tuple[str, str]]) -> list[str]:
    return [c.relation for c in compare_many(pairs, semantic=False)]


def test_a_ruling_dismissed_is_rejected_a_person_dismissed_is_not() -> None:
    assert "reject the tribunal's ruling" in rewrite("Beijing dismissed the tribunal's ruling.")[0]
    assert "reject " in rewrite("The union dismissed the arbitrator's award as unfair.")[0]
    for text in ("Kenya's president dismissed the army commander on Tuesday.",
                 "The minister dismissed the official over the decision."):
        assert "reject" not in rewrite(text)[0], text


def test_a_courts_decision_is_its_ruling() -> None:
    assert "arbitration ruling" in rewrite("China rejected the arbitration decision.")[0]
    assert "the court's ruling" in rewrite("Venezuela rejected the court's decision.")[0]
    assert "decision" in rewrite("The bank's decision to raise rates surprised markets.")[0]


def test_a_state_kept_is_one_state() -> None:
    assert "remained open" in rewrite("The international airport stayed operational.")[0]
    assert "remain open" in rewrite("The plant will stay in operation.")[0]
    assert "remained shut" in rewrite("The Rafah crossing stayed closed on Friday.")[0]
    assert "remained open to talks" in rewrite("The government remained open to talks.")[0]


def test_ownership_told_three_ways() -> None:
    for text in ("The island is the property of Mauritius.", "The island is owned by Mauritius.",
                 "The island is Mauritius's property."):
        assert "belongs to Mauritius" in rewrite(text)[0], text
    assert "belonged to" in rewrite("The yacht was owned by an oligarch.")[0]
    assert "property" in rewrite("The property was searched by police.")[0]


def test_a_whole_people_by_its_plural_name() -> None:
    assert "thanked Kenyans" in rewrite("The president thanked the Kenyan people.")[0]
    assert "300 Kenyan people" in rewrite("Police said 300 Kenyan people were evacuated.")[0]
    assert "the Chinese people" in rewrite("He thanked the Chinese people.")[0]


def test_structured_by_a_bank_is_arranged() -> None:
    assert "were arranged by HSBC" in rewrite("The bonds were structured by HSBC.")[0]
    assert "structured bonds" in rewrite("Barclays sold structured bonds.")[0]
    assert "structure that" in rewrite("an illegal structure that narrowed the alley")[0]


def test_pairs_told_two_ways_are_duplicates() -> None:
    pairs = [
        ("Djibouti's president Ismail Omar Guelleh dismissed the tribunal's ruling, saying the port belongs to Djiboutians.",
         "President Guelleh rejected the arbitration decision, saying Doraleh is the property of the Djiboutian people."),
        ("Zambia's mines minister dismissed the court's ruling, saying the copper belongs to Zambians.",
         "The minister rejected the court decision, saying the copper is the property of the Zambian people."),
        ("Credit Suisse arranged the blue bonds that financed the loan, the bank said.",
         "The blue bonds behind the loan were structured by Credit Suisse."),
        ("Standard Chartered arranged the green bonds that financed the dam, the bank said.",
         "The green bonds behind the dam were structured by Standard Chartered."),
    ]
    assert _relations(pairs) == ["duplicate"] * len(pairs)


def test_a_state_kept_against_its_opposite_stays_a_conflict() -> None:
    pairs = [
        ("The opposition dismissed the election commission's ruling on Monday.",
         "The opposition accepted the election commission's ruling on Monday."),
        ("The bridge stayed operational after the flood, engineers said.",
         "The bridge stayed shut after the flood, engineers said."),
        ("Entebbe airport stayed open on Sunday, aviation officials said.",
         "Entebbe airport was closed on Sunday, aviation officials said."),
    ]
    assert _relations(pairs) == ["conflict"] * len(pairs)
