"""A court case brought against someone, told three ways (helper dup141, sets 141-144 read): "sued",
"took to court", "filed a lawsuit against" are one act, so who brought it against whom is read."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.knowledge import rewrite


def test_a_suit_brought_is_written_one_way() -> None:
    sued = rewrite("The family sued the city.")[0]
    assert rewrite("The family filed a lawsuit against the city.")[0] == sued
    assert rewrite("The family took the city to court.")[0] != sued  # (the object between: kept as written)
    assert rewrite("The city was taken to court by the family.")[0] == rewrite("The city was sued by the family.")[0]


def test_who_brought_the_suit_against_whom_is_read() -> None:
    found = compare_many([
        ("The union sued the airline over unpaid wages.", "The airline sued the union over unpaid wages."),
        ("Forty passengers sued Kenya Airways over the flights it cancelled in March.",
         "Kenya Airways was taken to court by 40 travellers over the cancellation of its flights in March."),
    ], semantic=False)
    assert [c.relation for c in found] == ["conflict", "duplicate"]
