"""A count of one kind told with two nouns (`language.actors.KINDS`: "7 rockets" / "seven
missiles", "nine insurgents" / "Nine militants") pairs and anchors whatever its size; two kinds
stay apart ("9 soldiers" / "9 militants")."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.match.compare import compare


@pytest.mark.parametrize(("a", "b"), [
    ("Rebels launched 7 rockets in Srinagar on June 10th, a hospital source said.",
     "SRINAGAR (PTI) - Seven missiles were launched by militants in Srinagar on 2025-06-10, the magistrate said."),
    ("The army killed nine insurgents in Macomia on June 9.",
     "MACOMIA, June 9 (Lusa) - Nine militants were killed on June 9th in a dawn attack in Macomia, the army said."),
])
def test_a_small_count_of_one_kind_is_one_fact(a: str, b: str) -> None:
    assert compare(a, b).relation == "duplicate"


def test_two_kinds_do_not_pair_by_number() -> None:
    qa, qb = fig.quantities_of("Troops killed 9 soldiers in Macomia."), fig.quantities_of("Troops killed 9 militants in Macomia.")
    assert not fig.pair_figures(qa, qb).agreements
    assert compare("Troops killed 9 soldiers in Macomia on June 9.", "Troops killed 9 militants in Macomia on June 9.").relation != "duplicate"
