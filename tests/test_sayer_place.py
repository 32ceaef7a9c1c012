"""Where a sayer speaks from ("..., a military source in N'Djamena said", "Officials in Kabul
told Reuters ...") is no place of the fact they report: a claim's place is read from its reported
content, so the sayer's town does not set two tellings of one fact apart (invented sentences)."""

from __future__ import annotations

from workbench.core.match.claim_view import claim_view
from workbench.core.match.compare import compare, prepared


def _place(text: str) -> str | None:
    return claim_view(text, prepared(text)[0]).place


def test_the_sayers_town_is_no_place_of_the_fact() -> None:
    assert _place("Troops left the border post on Friday, a military source in Maroua said") is None
    assert _place("Officials in Lusaka said troops left the border post in Chipata on Friday") == "Chipata"
    assert _place("Troops left the border post in Chipata on Friday") == "Chipata"


def test_one_fact_told_from_two_towns_is_no_other_place() -> None:
    a = "Rebels freed 12 hostages on Monday, officials in Garoua said"
    b = "Twelve hostages were freed by the rebels on Monday, a local official in Maroua said"
    result = compare(a, b)
    assert not any(r.startswith("different places") for r in result.reasons)
    assert result.relation == "duplicate"
