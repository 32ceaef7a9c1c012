"""Knowledge vetoes fed by misreadings (invented sentences): a fraction with its space lost, a
clock time, an ordinal or a date read as a figure; a negation that denies nothing the other claim
says. The right vetoes next to each stay (figures that differ, a real denial)."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.language.negation import denies, negation_scopes
from workbench.core.match.compare import compare


def _values(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in fig.quantities_of(text)]


@pytest.mark.parametrize("text", ["The hearing followed a 3 1/2-day trial.", "The hearing followed a 31/2-day trial.",
                                  "The hearing followed a 3 1/2 day trial."])
def test_mixed_fraction_is_one_figure(text: str) -> None:
    assert _values(text) == [(3.5, "days")]


def test_fraction_of_a_percent_and_bond_prices() -> None:
    assert _values("The 4 3/8 percent note fell.") == [(4.375, "%")]
    assert [v for v, _ in _values("The bond rose 13/32 in price.")] == [13.0]  # price in 32nds: kept


@pytest.mark.parametrize("text", [
    "The mayor died at 3:42 p.m.",                   # a clock time
    "She served with the 4th Battalion.",           # an ordinal
    "He lied about his ties to 9/11 plotters.",     # a date used as a name
])
def test_no_figure_in_times_ordinals_dates(text: str) -> None:
    assert fig.quantities_of(text) == []


def test_a_range_is_still_a_range() -> None:
    assert _values("Between 10-15 people were hurt.") == [(12.5, None)]


def _clash(a: str, b: str) -> bool:
    return compare(a, b).features["negation_clash"] > 0


def test_same_fraction_either_way_is_no_conflict_but_another_is() -> None:
    same = compare("The verdict followed a 31/2-week trial.", "The verdict followed a 3 1/2 week trial.")
    assert same.features["figures_conflict"] == 0
    other = compare("The verdict followed a 3-week trial.", "The verdict followed a 3 1/2 week trial.")
    assert other.features["figures_conflict"] == 1 and other.relation != "duplicate"


def test_clock_time_against_an_age_is_no_conflict() -> None:
    c = compare("Smith, 71, died in hospital at 2:15 p.m.", "Smith died in hospital at 2:15 p.m.")
    assert c.features["figures_conflict"] == 0


@pytest.mark.parametrize("a, b", [
    ("The council approved the budget on Monday, but gave no details.", "The council approved the budget on Monday."),
    ("The two suspects, whose names were not released, were held at the border.",
     "The two suspects were held at the border."),
    ("The town has not seen such a flood since 1953.", "It was the worst flood in the town since 1953."),
    ("Doctors followed the Do Not Resuscitate order.", "Doctors followed the do-not-resuscitate order."),
    ("Holders get 2 new shares (and no cash) for each share.", "Holders get 2 new shares for each share."),
    ("Neighbours had nothing but praise for the nurse.", "Neighbours had warm praise for the nurse."),
    ("Not surprisingly, the port stayed closed on Friday.", "The port stayed closed on Friday."),
    ("The firm neither confirmed nor denied the report.", "The firm did not confirm the report."),
])
def test_negation_that_denies_nothing_said_is_no_clash(a: str, b: str) -> None:
    assert not _clash(a, b) and not _clash(b, a)


@pytest.mark.parametrize("a, b", [
    ("The council did not approve the budget on Monday.", "The council approved the budget on Monday."),
    ("No decisions have been made about the troops.", "Decisions have been made about the troops."),
    ("The firm did not deny the report.", "The firm denied the report."),
    ("The driver who hit the boy received nothing.", "The driver who hit the boy received a fine."),
])
def test_real_denials_still_clash(a: str, b: str) -> None:
    assert _clash(a, b) and _clash(b, a)
    assert compare(a, b).relation != "duplicate"


def test_negation_scopes() -> None:
    assert negation_scopes("They gave no details, officials said.") == [("details",)]
    assert negation_scopes("Nobody was hurt.") == [None]
    assert negation_scopes("Use the Do Not Call list (not the old one).") == []
    assert not denies("He neither admitted nor denied it.") and not denies("She did not deny it.")
    assert denies("She denied it.")


def _other_place(a: str, b: str) -> bool:
    return any(r.startswith("different places") for r in compare(a, b).reasons)


@pytest.mark.parametrize("a, b", [
    ("The suspect was charged in Ohio state and held without bail.", "The suspect was charged and held without bail in Wayne County Jail."),
    ("The twins were separated at Mercy Children's Hospital.", "The twins were separated in Denver."),
    ("Floods hit farms in Hama and Idlib on Monday.", "Floods hit farms in Idlib on Monday."),
    ("Registrars in Orange, Kent and Lake counties were sued.", "Registrars in Kent and Lake counties were sued."),
])
def test_places_that_may_contain_each_other_or_lists_are_no_other_place(a: str, b: str) -> None:
    assert not _other_place(a, b)


@pytest.mark.parametrize("a, b", [
    ("Rebels shelled the army base in Hama.", "Rebels shelled the army base in Idlib."),
    ("The plane landed at Kennedy Airport.", "The plane landed at LaGuardia Airport."),
    ("Floods hit farms in Hama, Syria on Monday.", "Floods hit farms in Idlib on Monday."),
])
def test_different_places_still_veto(a: str, b: str) -> None:
    assert _other_place(a, b) and compare(a, b).relation != "duplicate"


def test_headline_denial_and_scores_still_veto() -> None:
    assert _clash("Gary Ross Will Not Direct 'Hunger Games' Sequel", "Gary Ross to direct 'Hunger Games' sequel")
    assert _clash("Gary Ross Won't Direct 'Hunger Games' Sequel", "Gary Ross to direct 'Hunger Games' sequel")
    c = compare("Colts clinch playoff berth with 31-24 win", "Colts clinch playoff berth with 20-13 win")
    assert c.features["figures_conflict"] == 1 and c.relation != "duplicate"
    assert [q.value for q in fig.quantities_of("Microsoft released update MS08-078 to fix the flaw")] == []


def test_the_day_of_the_report_is_no_date_of_the_fact() -> None:
    a = "Militants ambushed the convoy near the town on Saturday, a spokesman said."
    b = "Militants ambushed the convoy near the town, a spokesman said Sunday, a day after the attack."
    assert compare(a, b).features["dates_conflict"] == 0
    assert [d.text for d in fig.dates_of("The army retook the town on Tuesday, officials told reporters Wednesday.")] \
        == ["Tuesday"]
    # the fact's own days still differ
    c = compare("Militants ambushed the convoy on Saturday.", "Militants ambushed the convoy on Sunday.")
    assert c.features["dates_conflict"] == 1 and c.relation != "duplicate"


def test_clock_time_with_a_zone_and_failure_to() -> None:
    assert [q.text for q in fig.quantities_of("Shares held at 652 pence by 0835 GMT.")] == ["652 pence"]
    assert fig.quantities_of("The capsule landed at 0240 GMT.") == []
    # "failure to" negates as "did not" does: both claims negative, no denial
    assert not _clash("The flaw results from the browser's failure to check the object type.",
                      "The flaw occurs because the browser does not check the object type.")
