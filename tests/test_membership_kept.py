"""A state that will "remain a member of" a body, "retain its membership of" it or "stay in" it
keeps one seat told three ways (`language.memberships`, sets 133-136, helper dup133); a seat kept
in one body is still no seat in another (`match.member_bodies` reads "stay in" as membership)."""

from __future__ import annotations

import pytest

from workbench.core.language.memberships import rewrite_memberships
from workbench.core.match.compare import compare_many

DUPLICATES = [
    ("Fiji will remain a member of the Pacific Islands Forum, its foreign ministry said.",
     "The island nation will stay in the Pacific Islands Forum, according to its foreign ministry."),
    ("Greece will remain a member of the eurozone, the finance minister said.",
     "Greece will stay in the eurozone, Athens confirmed."),
    ("Samoa will retain its membership of the Commonwealth, the prime minister said.",
     "Samoa will stay in the Commonwealth, the prime minister said."),
]
NOT_DUPLICATES = [
    ("Norway will remain a member of the European Economic Area, the government said.",
     "Norway will remain a member of the European Free Trade Association, the government said."),
]


def test_a_seat_kept_is_written_as_staying() -> None:
    assert rewrite_memberships("Norway will remain a member of the EEA.", []) == "Norway will stay in the EEA."
    assert rewrite_memberships("Hungary remained a member of the Union.", []) == "Hungary stayed in the Union."
    assert rewrite_memberships("Samoa retains its membership of the Commonwealth.", []) == \
        "Samoa stays in the Commonwealth."
    for kept in ("The ministers remained in Brussels.", "He remained in custody.", "Troops will stay in Syria."):
        assert rewrite_memberships(kept, []) == kept


@pytest.mark.parametrize("semantic", [False, True])
def test_a_seat_kept_told_two_ways_is_a_duplicate(semantic: bool) -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES, semantic=semantic), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)


@pytest.mark.parametrize("semantic", [False, True])
def test_a_seat_kept_in_another_body_is_no_duplicate(semantic: bool) -> None:
    for (a, b), c in zip(NOT_DUPLICATES, compare_many(NOT_DUPLICATES, semantic=semantic), strict=True):
        assert c.relation != "duplicate", (a, b, c.reasons)
