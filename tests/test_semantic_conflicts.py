"""A conflict on the semantic path asks how alike the two statements are as the anchors do: the
larger of the two models' same-statement probabilities (`anchor.same_statement`). The semantic
model reads a retelling's other words ("used live ammunition" / "fired live bullets") as more of
another statement than the lexical one, so a denial of the very fact the other claim confirms
fell to related on that path alone (invented sentences)."""

from __future__ import annotations

from workbench.core.match.compare import compare, compare_many

A = "The interior ministry confirmed police had used live ammunition against protesters"
B = "Togo's interior minister denied that officers fired live bullets at demonstrators"


def test_a_denial_of_the_confirmed_fact_is_a_conflict_on_both_paths(semantic) -> None:
    assert compare_many([(A, B)])[0].relation == "conflict"
    assert compare(A, B).relation == "conflict"


def test_a_denial_of_another_fact_stays_related(semantic) -> None:
    other = "Togo's interior minister denied that the army had closed the border with Ghana"
    assert compare_many([(A, other)])[0].relation != "conflict"
