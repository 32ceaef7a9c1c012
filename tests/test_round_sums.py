"""Two round sums in two currencies are two sums, not one converted (`rules.two_round_sums`,
`figures.compare.sums_apart`); a converted sum, unround or hedged, still compares at the rates."""

from __future__ import annotations

from workbench.core.figures import compatible, pair_figures, sums_apart
from workbench.core.figures.numbers import find_quantities
from workbench.core.figures.rules import convertible_money, two_round_sums
from workbench.core.match.compare import compare


def _q(text: str):
    return find_quantities(text)[0]


def test_round_sums_in_two_currencies_do_not_compare():
    usd, inr = _q("a $400 million swap"), _q("a 30 billion rupee swap")
    assert two_round_sums(usd, inr) and not convertible_money(usd, inr)
    assert sums_apart(pair_figures([usd], [inr])) == "another sum: $400 million / 30 billion rupee"
    assert not two_round_sums(_q("£1.7m"), _q("$2.2 million"))
    assert compatible(_q("£1.7m"), _q("$2.2 million"))
    assert compatible(_q("40 million pounds"), _q("about $50 million"))


def test_two_deals_in_two_currencies_are_not_one_fact():
    assert compare("Japan and Indonesia signed a $2 billion currency swap agreement.",
                   "Separately, Japan and Indonesia agreed a 300 billion yen currency swap line.").relation != "duplicate"
    assert compare("The World Bank approved a $500 million loan to Kenya for roads.",
                   "The World Bank approved a 50 billion shilling loan to Kenya for roads.").relation != "duplicate"
    assert compare("The club sold the striker for 85 million euros.",
                   "The club sold the striker for $92 million.").relation == "duplicate"
