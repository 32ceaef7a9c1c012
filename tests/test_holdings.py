"""Shares of a company held, told with a stake or an equal share (`language.holdings`; helper dupb109)."""

from workbench.core.language.holdings import rewrite_holdings
from workbench.core.match.compare import compare


def test_stake_held_is_ownership() -> None:
    hits: list[str] = []
    assert rewrite_holdings("The fund holds a 3 percent stake in Apple.", hits) == "The fund owns 3 percent of Apple."
    assert hits


def test_stake_sold_stays() -> None:
    assert rewrite_holdings("Ghana sold a 20 percent stake in the mine.", []) == "Ghana sold a 20 percent stake in the mine."


def test_equal_joint_venture() -> None:
    assert "owned equally by" in rewrite_holdings("Debmarine is a 50-50 joint venture between Namibia and De Beers.", [])
    assert "owned equally by" in rewrite_holdings("Debmarine is owned in equal shares by Namibia and De Beers.", [])


def test_compare_stake_and_ownership() -> None:
    assert compare("The state owns 51% of the national airline.",
                   "The government holds a 51 percent stake in the national airline.").relation == "duplicate"
    assert compare("Nampak is a 50-50 joint venture between the state and Sasol.",
                   "Nampak is owned in equal shares by the state and Sasol.").relation == "duplicate"


def test_holding_and_sale_stay_apart() -> None:
    assert compare("The government holds a 15 percent stake in the bank.",
                   "The government sold a 15 percent stake in the bank.").relation != "duplicate"
