"""A fault found against one cleared: "bore responsibility" is "was responsible", "cleared X of
blame" "exonerated X" (`language.object_outcomes`), opposites (`match.opposites`); "bore no
responsibility" agrees with "cleared" (`match.denied_scope`; sets 121-124, helper conf121)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.knowledge import rewrite

CONFLICTS = [
    ("The inquiry found the airline bore responsibility for the crash.",
     "The inquiry cleared the airline of responsibility for the crash."),
    ("The report held the police responsible for the deaths at the stadium.",
     "The report absolved the police of blame for the deaths at the stadium."),
    ("The tribunal said the ministry bears full responsibility for the flooding.",
     "The tribunal cleared the ministry of any responsibility for the flooding."),
]
DUPLICATES = [
    ("The inquiry cleared the airline of responsibility for the crash.",
     "The inquiry found the airline bore no responsibility for the crash."),
    ("The coroner found the hospital bore responsibility for the death.",
     "The coroner held the hospital responsible for the death."),
    ("The inquiry exonerated the pilots of blame for the crash.",
     "The inquiry cleared the pilots of responsibility for the crash."),
]


def test_a_fault_found_against_one_cleared_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_one_finding_told_two_ways_stays_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)


def test_only_a_fault_is_cleared() -> None:
    assert "exonerated the airline" in rewrite("The inquiry cleared the airline of responsibility.")[0]
    assert "was not responsible" in rewrite("The airline bore no responsibility for the crash.")[0]
    assert "cleared the road of debris" in rewrite("Crews cleared the road of debris.")[0]
    assert "claimed responsibility" not in rewrite("The group claimed responsibility for the attack.")[0]
