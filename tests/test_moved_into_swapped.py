"""The one a passive tells of and the one things were moved into, swapped (`destinations`, helper
conf129, sets 129-132): "X will be closed and its deposits moved into Y" / "Y ... into X"."""

from workbench.core.match.compare import compare
from workbench.core.match.destinations import destination


def test_closed_and_moved_into_swapped_conflict():
    assert compare("Under the deal, the smaller lender will be closed and its deposits moved into the state bank.",
                   "Under the deal, the state bank will be closed and its deposits moved into the smaller "
                   "lender.").relation == "conflict"
    assert compare("Alpha Bank was merged into Eurobank under the plan announced on Friday.",
                   "Eurobank was merged into Alpha Bank under the plan announced on Friday.").relation == "conflict"


def test_destination_read_past_a_participle():
    assert destination("the prisoners were handed over to the red cross at the border") == frozenset({"red", "cross"})
    assert destination("the minister was summoned on monday over the remarks") == frozenset()


def test_nothing_swapped_stays_a_duplicate():
    assert compare("The deposits were moved into the state bank on Monday.",
                   "On Monday the deposits were moved into the state bank.").relation == "duplicate"
