"""A whole split between two holders, one share told as the rest: each holder's share is compared
with the same holder's, the rest read as the complement (`match.held_shares`; helper figs157)."""

from workbench.core.match.compare import compare
from workbench.core.match.held_shares import _clauses


def test_rest_read_as_the_complement_of_the_other_holders_share() -> None:
    a = "Vodafone owns 45 percent of the tower company, and KKR holds the rest."
    assert compare(a, "KKR has a 55 percent stake in the tower company, with Vodafone holding the remainder.").relation == "duplicate"
    # the same holder's share changed, or the two holders' shares swapped: a clash
    assert compare(a, "KKR has a 65 percent stake in the tower company, with Vodafone holding the remainder.").relation == "conflict"
    assert compare(a, "KKR has a 45 percent stake in the tower company, with Vodafone holding the remainder.").relation == "conflict"


def test_holders_told_apart_by_their_own_words() -> None:
    a = "Tata Steel holds 25 percent of the joint venture, with the remainder owned by Nippon Steel."
    assert compare(a, "Nippon Steel owns three quarters of the joint venture, and Tata Steel holds the rest.").relation == "duplicate"
    assert compare(a, "Tata Steel owns three quarters of the joint venture, with Nippon Steel holding the rest.").relation == "conflict"


def test_word_shares_swapped_between_holders_clash() -> None:
    a = "The Qatari fund holds a third of the airline, with the rest owned by the government."
    assert compare(a, "The government owns two-thirds of the airline, while the Qatari fund holds the remaining third.").relation == "duplicate"
    assert compare(a, "The government owns a third of the airline, with the rest held by the Qatari fund.").relation == "conflict"


def test_a_rest_held_by_nobody_named_is_not_read() -> None:
    assert not any(c.rest for c in _clauses("Nestle owns 23 percent of L'Oreal, with the rest traded on the stock market."))
    assert compare("Nestle owns 23 percent of L'Oreal, with the rest traded on the stock market.",
                   "Nestle owns 32 percent of L'Oreal.").relation == "conflict"
