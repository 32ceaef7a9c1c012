"""Conflicts the invented event pairs (sets 29-40) called a duplicate or related, by class (helper
pairsconf), each tested on other sentences: someone released against someone still in custody, a
request granted against one turned down, a bill thrown out."""

from __future__ import annotations

import pytest

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
