"""A stance and its opposite told of one thing (helper opp109, sets 109-112): a vote for or against a
motion, a nominee endorsed or rejected, a deal welcomed or criticised, output paused or stepped up,
someone sought who came back or stayed away."""

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite
from workbench.core.match.opposites import opposites_of


def test_votes_for_and_against_a_motion_conflict():
    c = compare("The Labour caucus voted in favour of the bill to lower the voting age.",
                "The Labour caucus voted against the bill to lower the voting age.")
    assert c.relation == "conflict"
    assert rewrite("voted in favour of the bill")[0].startswith("support")
    assert rewrite("voted against the bill")[0].startswith("oppose")
    assert compare("The Labour caucus voted in favour of the bill to lower the voting age.",
                   "Labour lawmakers backed the bill to lower the voting age.").relation == "duplicate"


def test_welcomed_and_criticised_conflict():
    assert compare("The farmers' union criticised the trade deal with Mercosur.",
                   "The farmers' union welcomed the trade deal with Mercosur.").relation == "conflict"
    assert "criticiz" in opposites_of("welcom") or "criticis" in opposites_of("welcom")
    assert compare("The union welcomed the pay deal but criticised the delay in signing it.",
                   "The union criticised the delay in signing the pay deal, which it welcomed.").relation == "duplicate"


def test_endorsed_and_rejected_as_candidate_conflict():
    assert compare("The party's national council endorsed Ramos as its presidential candidate.",
                   "The party's national council rejected Ramos as its presidential candidate.").relation == "conflict"


def test_output_paused_or_stepped_up_conflict():
    assert compare("Toyota will pause production at its Kentucky plant, the company said.",
                   "Toyota will ramp up production at its Kentucky plant, the company said.").relation == "conflict"
    assert compare("The refinery halted output at its Durban unit on Monday.",
                   "The refinery boosted output at its Durban unit on Monday.").relation == "conflict"


def test_returned_or_stayed_away_conflict():
    assert compare("The fugitive senator returned from Brazil and surrendered to police on Friday.",
                   "The fugitive senator stayed in Brazil on Friday, defying an order to surrender to police."
                   ).relation == "conflict"
