"""A government named by its seat ("the government in Oslo") is its country's government
(`language.governments`, sets 133-136, helper dup133)."""

from __future__ import annotations

import pytest

from workbench.core.language.governments import rewrite_governments
from workbench.core.match.compare import compare_many

DUPLICATES = [
    ("Barbados will remain a member of the Commonwealth, the government said.",
     "The island will stay in the Commonwealth of Nations, according to the government in Bridgetown."),
]


def test_a_government_named_by_its_seat_is_its_country_s() -> None:
    assert rewrite_governments("according to the government in Nairobi", []) == "according to Kenya's government"
    for kept in ("police in Nairobi said", "the authorities in Nairobi said", "a hotel in Nairobi"):
        assert rewrite_governments(kept, []) == kept


@pytest.mark.parametrize("semantic", [False, True])
def test_a_government_named_by_its_seat_tells_the_same_fact(semantic: bool) -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES, semantic=semantic), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
