"""Figures told only as asides (a tenure, a time offset: `figures.asides`) and a majority told as
its two sides' seats (`figures.fallback`): no figure of the fact of their own."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare
from workbench.core.vocab import Relation


def _unpaired(a: str, b: str) -> tuple[list[str], list[str]]:
    qa, qb = fig.quantities_of(a), fig.quantities_of(b)
    check = fig.without_asides(fig.pair_figures(qa, qb), a, b)
    return [q.text for q in check.unpaired_a], [q.text for q in check.unpaired_b]


def test_a_tenure_and_a_time_offset_are_asides() -> None:
    assert _unpaired("Rajapaksa, who had led Sri Lanka for a decade, conceded defeat.", "Rajapaksa conceded defeat.") == ([], [])
    assert _unpaired("The king suspended parliament two days before it was due to sit.", "The king suspended parliament.") == ([], [])
    # a count of the fact stays
    assert _unpaired("Rebels killed 12 villagers.", "Rebels killed villagers.") == (["12 villagers"], [])


def test_a_leader_retold_without_his_tenure_is_one_fact() -> None:
    a, b = ("Mahinda Rajapaksa, who had led Sri Lanka for a decade, conceded defeat on Friday.",
            "Sri Lanka's long-time leader Rajapaksa accepted on Friday that he had lost power, his spokesman said.")
    assert compare(a, b).relation == Relation.DUPLICATE


def test_a_majority_told_as_a_tally_is_a_score() -> None:
    found = fig.quantities_of("Labour gained a one-seat majority, 41 to 40, after John Tan joined the party.")
    assert [(q.text, q.unit) for q in found] == [("41", "score"), ("40", "score")]
    a, b = ("Independent MP John Tan threw his support behind the Labour Party, giving it a 41-40 majority.",
            "Labour gained a one-seat majority, 41 to 40, after independent lawmaker John Tan announced he would join the party.")
    assert compare(a, b).relation == Relation.DUPLICATE
    other = "Labour gained a 42 to 39 majority after independent lawmaker John Tan announced he would join the party."
    assert compare(a, other).relation != Relation.DUPLICATE
