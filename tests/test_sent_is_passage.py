"""An army deployed (written "send") is another act than an emergency declared (`event_verbs.ACT_KINDS`)."""

from workbench.core.match.acts import acts_of_two_kinds
from workbench.core.match.compare import compare


def test_declared_against_deployed():
    a = "Peru declared a state of emergency on Tuesday over the fuel shortage."
    b = "Peru deployed soldiers on Tuesday to deliver fuel to hospitals."
    assert acts_of_two_kinds("peru declared a state of emergency", "peru send soldiers to send fuel",
                             frozenset(), frozenset()) is not None
    assert compare(a, b).relation != "duplicate"


def test_deployed_troops_sent_soldiers_one_act():
    assert compare("The army deployed troops to the border on Monday.",
                   "The army sent soldiers to the border on Monday.").relation == "duplicate"
