"""A company's name read without its trade or form words ("Maiden Pharmaceuticals" / "Maiden's",
`people.without_firm_words`), and goods "produced" by a maker manufactured (`retold._GOODS_MADE`)."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewritten


def test_firm_words_dropped() -> None:
    assert rewritten("The syrups were made by Maiden Pharmaceuticals.")[0] == "The syrups were made by Maiden."
    # the trade word in brackets is dropped too, so that one side's "Holdings" is not left on the other
    assert rewritten("Wong is the deputy chairman of Wing Tai (Holdings) Ltd.")[0] == "Wong is the deputy chairman of Wing Tai."
    assert "Kenya Airways" in rewritten("Flights of Kenya Airways were cancelled on Monday.")[0]


def test_goods_produced_are_manufactured() -> None:
    assert "manufactured the medicines" in rewritten("Sun Remedies produced the medicines, the regulator said.")[0]
    assert "produced evidence" in rewritten("Sun Remedies produced evidence that the syrups were safe.")[0]


def test_company_and_its_plant() -> None:
    assert compare("Authorities in Gujarat halted production at Zydex's factory in Vapi.",
                   "The Gujarat state government ordered Zydex Pharmaceuticals to stop manufacturing at its Vapi plant."
                   ).relation == "duplicate"
    assert compare("The syrups were manufactured by Mumbai-based Sun Remedies.",
                   "Sun Remedies, a company based in Mumbai, produced the medicines, according to the regulator."
                   ).relation == "duplicate"
