"""A share lost told as a hit or a haircut ("will lose 47.5 percent of their savings" / "would take a
47.5% hit on deposits"): written as the loss (helper dup131, sets 129-132 read); another share stays
another figure."""

from __future__ import annotations

from workbench.core.language.losses import rewrite_losses
from workbench.core.match.compare import compare


def _told(text: str) -> str:
    return rewrite_losses(text, [])


def test_a_hit_with_a_figure_is_the_loss_in_its_tense() -> None:
    assert _told("Customers would take a 47.5% hit on deposits.") == "Customers would lose 47.5% of deposits."
    assert _told("Bondholders took a 30 percent haircut on their bonds.") == "Bondholders lost 30 percent of their bonds."
    assert _told("Savers are taking a €2 billion hit to their savings.") == "Savers are losing €2 billion of their savings."
    # no figure: as written
    for text in ("Sales took a hit in March.", "Exporters took a big hit on sales."):
        assert _told(text) == text


def test_a_hit_and_a_loss_of_one_share_are_one_fact() -> None:
    c = compare("Shareholders will lose 30 percent of their investment, the regulator said.",
                "The regulator said shareholders would take a 30% hit on their investment.")
    assert c.relation == "duplicate"
    assert any("hit on = lose 30% of" in r for r in c.reasons)


def test_a_hit_of_another_share_is_no_duplicate() -> None:
    assert compare("Shareholders will lose 30 percent of their investment, the regulator said.",
                   "The regulator said shareholders would take a 50% hit on their investment.").relation != "duplicate"
