"""An act refused or failed against the act done, when the verb table writes the done act another way
("reached a deal" is "agreed", "conceded defeat" is "lost") and backing withheld ("without the
support of") against backing given (helper opp109, sets 109-112)."""

from workbench.core.match.compare import compare
from workbench.core.match.refusals import refused_acts


def test_failed_to_reach_a_deal_meets_the_deal_agreed():
    assert compare("Negotiators reached a deal on the fishing quotas before the deadline.",
                   "Negotiators failed to reach a deal on the fishing quotas before the deadline.").relation == "conflict"
    assert compare("The unions and the employers agreed a new wage deal on Thursday.",
                   "The unions and the employers failed to agree a new wage deal on Thursday.").relation == "conflict"


def test_refused_to_concede_meets_conceded_defeat():
    assert compare("Incumbent mayor Ortiz conceded defeat on Sunday night.",
                   "Incumbent mayor Ortiz refused on Sunday night to concede.").relation == "conflict"


def test_without_backing_meets_with_support():
    assert compare("The budget was passed in June with the support of the Greens.",
                   "The budget was passed in June without the support of the Greens.").relation == "conflict"
    assert compare("The coalition was formed in March with the backing of the Centre Party.",
                   "The coalition was formed in March without the support of the Centre Party.").relation == "conflict"
    assert {"support", "back"} <= refused_acts("It was formed without the backing of the Centre Party.")
    assert not refused_acts("The minister left without his wife.")
    assert compare("The budget was passed in June without the support of the Greens.",
                   "The budget passed in June without Green support.").relation == "duplicate"
