"""A clash read in the claims' first clauses, their asides aside (`match.cores`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.cores import clauses_clash, first_clause


def test_the_first_clause_ends_at_a_comma_or_before_another_verb() -> None:
    assert first_clause("Odinga refused to concede defeat, saying he would go to court.") == "Odinga refused to concede defeat."
    assert first_clause("Raila Odinga conceded defeat and congratulated William Ruto.") == "Raila Odinga conceded defeat."
    assert first_clause("People have two and three jobs.") is None  # "and" joining no verb
    assert first_clause("Sonko and Faye were freed.") is None


@pytest.mark.parametrize("a, b", [
    ("Ruling coalition candidate Amadou Ba conceded defeat and congratulated Faye on his victory.",
     "Amadou Ba refused to concede defeat, saying his camp would contest the results before the Constitutional Council."),
    ("Opposition candidate Raila Odinga conceded defeat and congratulated William Ruto on his win.",
     "Odinga refused to concede defeat, saying he would challenge the result in the Supreme Court."),
    ("Former president Jair Bolsonaro conceded the election and promised a smooth transition of power.",
     "Bolsonaro refused to concede, and his supporters blocked highways across Brazil in protest."),
])
def test_a_clash_told_with_asides_is_a_conflict(a: str, b: str) -> None:
    assert clauses_clash(a, b)
    assert compare(a, b).relation == "conflict"


def test_first_clauses_not_plainly_one_statement_stay_apart() -> None:
    assert not clauses_clash("Lieutenant Hastings declined to describe the bomb.",
                             "Hastings described those responsible as \"very dangerous\".")
