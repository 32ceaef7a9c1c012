"""Two starts of one state ("has ruled since 1986" / "has been president since 1996") that differ
disagree, as two deadlines do; a start against a year an act happened stays apart (helper opp109)."""

from workbench.core.match.compare import compare


def test_two_starts_of_one_state_conflict():
    assert compare("Museveni has ruled Uganda since 1986.",
                   "Museveni has been Uganda's president since 1996.").relation == "conflict"
    assert compare("The company has been listed in London since 2004.",
                   "The company has been listed in London since 2014.").relation == "conflict"
    assert compare("Museveni has ruled Uganda since 1986.",
                   "Museveni won the 1996 Ugandan presidential election.").relation != "conflict"
