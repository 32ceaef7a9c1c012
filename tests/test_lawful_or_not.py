"""An act done lawfully against one that broke the law (`language.verbs`: "broke the law" is "act
unlawfully"; `match.opposites`; sets 137-140, helper conf137b)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The regulator said the share buyback had been carried out lawfully.",
     "The share buyback broke the law, the regulator said."),
    ("Inspectors said the landfill was operating legally.", "Inspectors said the landfill was operating illegally."),
    ("The contractor obeyed the law, the tribunal found.", "The contractor broke the law, the tribunal found."),
]
NOT_CONFLICTS = [
    # a denied breach is a lawful act told another way
    ("The regulator said the share buyback was legal.", "The regulator said the share buyback did not break the law."),
    ("The regulator said the share buyback was illegal.", "The regulator said the share buyback broke the law."),
]


def test_lawful_against_unlawful_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_a_denied_breach_or_one_told_twice_is_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
