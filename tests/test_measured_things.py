"""One figure measuring two things (sets 121-124 read, `measured_things`): "fuel prices" /
"electricity tariffs" rose 30%, "$2 billion in foreign debt" / "in foreign exchange reserves" are two
measures, two facts; one thing told two ways ("petrol" / "gasoline", "power tariffs" / "electricity
prices", "external debt" / "debt repayments") stays one. Hard negatives first."""

from workbench.core.match.compare import compare_many
from workbench.core.match.measured_things import measured


def _relations(pairs: list[tuple[str, str]]) -> list[str]:
    return [c.relation for c in compare_many(pairs, semantic=False)]


def test_one_thing_measured_two_ways_stays_one() -> None:
    assert _relations([
        ("Petrol prices in Nigeria rose about 40% after the subsidy was removed.",
         "Gasoline prices in Nigeria rose about 40% after the subsidy was removed."),
        ("Power tariffs in Pakistan rose 18% on Monday, the regulator said.",
         "Electricity prices in Pakistan rose 18% on Monday, the regulator said."),
        ("Sri Lanka must repay about $6 billion in external debt this year, the central bank said.",
         "Sri Lanka faces about $6 billion in foreign debt repayments this year, the central bank said."),
    ]) == ["duplicate"] * 3


def test_what_a_figure_measures() -> None:
    text = "Fuel prices in Suriname rose about 30% after electricity subsidies were cut."
    at = text.index("about 30%")
    assert measured(text, at, at + len("about 30%")) == {"fuel"}  # (not the clause after "after")


def test_one_figure_two_things_measured() -> None:
    rel = _relations([
        ("Diesel prices in Kenya rose 12% after the new tax took effect.",
         "Electricity tariffs in Kenya rose 12% after the new tax took effect."),
        ("Water tariffs in Ghana rose about 20% in January, the regulator said.",
         "Electricity tariffs in Ghana rose about 20% in January, the regulator said."),
        ("Zambia must repay about $2 billion in foreign debt next year, the IMF said.",
         "Zambia holds about $2 billion in foreign exchange reserves, the IMF said."),
        ("Malawi's foreign debt stands at about $3 billion, the central bank said.",
         "Malawi's foreign exchange reserves stand at about $3 billion, the central bank said."),
    ])
    assert "duplicate" not in rel
