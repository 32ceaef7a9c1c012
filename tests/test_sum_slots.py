"""One figure told of two things by its slot (sets 157-160 read, `sum_slots`): a share of two wholes
owned by two names, a sum spent on two purposes, a price of a deal against a market's price, an
order to pay two kinds of payment. One thing told two ways stays one ("Mongolia's" / "Mongolian
exports", "on new buses" / "to buy new buses", "sold at" / "bought at", "damages" / "compensation")."""

from workbench.core.match.compare import compare_many
from workbench.core.match.sum_slots import paid_kinds, purpose_of, whole_names


def _relations(pairs: list[tuple[str, str]]) -> list[str]:
    return [c.relation for c in compare_many(pairs, semantic=False)]


def test_a_share_of_two_wholes() -> None:
    text = "Nearly 70 percent of Paraguay's exports pass through Argentine river ports."
    at = text.index(" of ")
    assert whole_names(text, at) == ("Paraguay",)  # (not the ports' owner past the verb)
    assert "duplicate" not in _relations([
        ("Nearly 70 percent of Paraguay's exports pass through Argentine river ports.",
         "Nearly 70 percent of the cargo at Argentina's river ports is bound for Paraguay."),
        ("About 60 percent of Nepal's fuel imports arrive through Indian ports.",
         "About 60 percent of the cargo at India's Haldia port is bound for Nepal."),
    ])
    assert _relations([
        ("About 80 percent of Mongolia's exports go to China.", "China buys about 80 percent of Mongolian exports."),
        ("About 30 percent of Chile's copper goes to China.", "About 30 percent of Chilean copper is shipped to China."),
    ]) == ["duplicate"] * 2


def test_one_sum_spent_on_two_purposes() -> None:
    text = "Kenya will spend about $200 million a year repaying the Eurobond for five years."
    at = text.index(" a year")
    assert purpose_of(text, at) == {"repay", "eurobond"}  # (after the period "a year", up to "for")
    assert "duplicate" not in _relations([
        ("Kenya will spend about $200 million a year on school meals for five years.",
         "Kenya will spend about $200 million a year repaying the Eurobond for five years."),
        ("The foundation will spend 50 million euros on malaria research over a decade.",
         "The foundation will spend 50 million euros on vaccine distribution over a decade."),
    ])
    assert _relations([
        ("The city plans to spend $15 million on new buses.", "The city will spend $15 million to buy new buses."),
        ("The ministry spent $40 million on fuel subsidies last year.",
         "The ministry spent $40 million on subsidies for fuel last year."),
    ]) == ["duplicate"] * 2


def test_a_price_of_a_deal_and_of_a_market() -> None:
    assert "duplicate" not in _relations([
        ("Ecuador bought back its bonds at 35 cents on the dollar.",
         "Ecuador's bonds had traded at about 35 cents on the dollar before the buyback."),
        ("Argentina repurchased the debt at 40 cents on the dollar.",
         "Argentina's debt was trading at 40 cents on the dollar last month."),
    ])
    assert _relations([
        ("The shares closed at $12 on Friday.", "The shares ended trading at $12 on Friday."),
    ]) == ["duplicate"]


def test_an_order_to_pay_two_kinds() -> None:
    assert paid_kinds("The arbitration panel ordered Venezuela to pay ConocoPhillips $8.7 billion in compensation.") \
        == {"damages"}
    assert paid_kinds("The judge ordered the company to pay a $500,000 fine.") == {"fine"}
    assert "duplicate" not in _relations([
        ("The arbitration panel ordered Venezuela to pay ConocoPhillips $8.7 billion in compensation.",
         "The arbitration panel ordered Venezuela to pay ConocoPhillips' legal fees."),
        ("The judge ordered the company to pay a $500,000 fine.",
         "The judge ordered the company to pay the workers' back wages."),
    ])
    assert _relations([
        ("The judge ordered the company to pay a $500,000 fine.", "The judge ordered the firm to pay a penalty of $500,000."),
        ("The tribunal ordered Chile to pay the investor's legal costs.",
         "The tribunal also ordered Chile to cover the investor's legal fees."),
    ]) == ["duplicate"] * 2
