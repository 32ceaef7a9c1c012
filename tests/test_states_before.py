"""A state told as what came before a claim's act ("after being shut for two years, X reopened") is
no outcome of the claim (`match.states_before`, helper figures141)."""

from workbench.core.match.compare import compare
from workbench.core.match.states_before import states_before


def test_the_participle_after_being_is_read() -> None:
    assert states_before(("after", "being", "shut", "for", "#", "years")) == frozenset({"shut"})
    assert states_before(("after", "having", "been", "held")) != frozenset()
    assert states_before(("shut", "after", "the", "storm")) == frozenset()


def test_a_reopening_told_after_its_closure_is_no_opposite() -> None:
    assert compare("Peru reopened Machu Picchu to visitors on March 1, 2021, after nearly a year of closure.",
                   "After being shut for almost a year, Machu Picchu let visitors back in on 1 March 2021."
                   ).relation != "conflict"


def test_the_act_after_it_still_clashes() -> None:
    assert compare("The hostage was freed after being held for two years.",
                   "The hostage is still being held.").relation != "duplicate"
