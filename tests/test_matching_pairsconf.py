"""Conflicts the invented event pairs (sets 29-40) called a duplicate or related, by class (helper
pairsconf), each tested on other sentences: someone released against someone still in custody, a
request granted against one turned down, a bill thrown out, a count of a country's people against a
count of people, and a second figure of one kind next to an agreeing one."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


def _compared(a: str, b: str) -> tuple[str, list[str]]:
    c = compare(a, b)
    return c.relation, c.reasons


@pytest.mark.parametrize(("a", "b"), [
    # still in custody: the arrest is what both tell, "remains" is the outcome
    ("Soldiers freed the three aid workers seized near Kidal, the charity said",
     "The three aid workers seized near Kidal remain in army custody, the charity said"),
    ("The court released the blogger detained over a post on the president",
     "The blogger detained over a post on the president is still in detention"),
    # a request granted or turned down
    ("The tribunal granted the defence's request for more time", "The tribunal turned down the defence's request for more time"),
    # a bill thrown out against one passed
    ("The senate passed a bill to raise the minimum wage", "The senate threw out a bill to raise the minimum wage"),
])
def test_opposite_outcomes_told_in_other_words_are_a_conflict(a, b):
    relation, reasons = _compared(a, b)
    assert relation == "conflict", reasons
    assert any(r.startswith("opposite outcomes: ") for r in reasons), reasons


def test_remaining_in_custody_is_detained():
    # written "detained", which the verb table writes "arrest"
    assert rewrite("Two students remain in police custody in Lagos")[0] == "Two students remain arrest in Lagos"
    assert rewrite("The activist was still in detention on Friday")[0] == "The activist was still arrest on Friday"
    # custody as a thing, not someone held: as written
    assert rewrite("The mother was granted custody of the child")[0] == "The mother was granted custody of the child"


def test_a_bill_or_request_thrown_out_is_rejected_but_a_case_is_not():
    assert "reject" in rewrite("Lawmakers threw out the proposal on Tuesday")[0]
    assert "reject" in rewrite("The motion was thrown out by the assembly")[0]
    assert "reject" not in rewrite("The judge threw out the case against him")[0]


def test_a_count_of_a_countrys_people_pairs_with_a_count_of_people():
    relation, reasons = _compared("Officials said 2.3 million people voted in the Kenyan referendum",
                                  "About 3.2 million Kenyans voted in the referendum, officials said")
    assert relation == "conflict", reasons
    assert any(r.startswith("figures disagree: ") for r in reasons), reasons
    # a people's name is no role: "Greeks" may be the other claim's protesters (they still pair)
    check = fig.pair_figures(fig.quantities_of("Tens of thousands of Greeks marched in Athens"),
                             fig.quantities_of("Tens of thousands of protesters marched in Athens"))
    assert check.agreements and not check.unpaired_a


def test_a_second_figure_of_one_kind_pairs_next_to_an_agreeing_one():
    relation, reasons = _compared("The army said it killed 12 soldiers and 63 mercenaries near Gao",
                                  "The army said it killed 12 soldiers and 36 fighters near Gao")
    assert relation == "conflict", reasons
    assert any("63 mercenaries" in r and r.startswith("figures disagree") for r in reasons), reasons
