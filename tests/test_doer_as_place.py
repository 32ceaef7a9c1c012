"""Neither claim naming a place, the same named doer stands for it in the undated anchor ("Kenya
sold $40m in bonds" / "... by Kenya on Sep 7": a market, a government, no town)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize(("a", "b"), [
    ("$3bn in eurobonds were issued by Ghana, traders said.",
     "$3 billion in bonds were sold by Ghana on Sept. 4, according to analysts."),
    ("Egypt issued US$2.5m of eurobonds, the bank's governor said.",
     "On Sep 5, 2.5 million dollars in eurobonds were issued by Egypt, the finance ministry said."),
])
def test_the_same_doer_anchors_an_undated_figure(a: str, b: str) -> None:
    assert compare(a, b).relation == "duplicate"


def test_another_doer_anchors_nothing() -> None:
    r = compare("$3bn in eurobonds were issued by Ghana, traders said.",
                "$3 billion in bonds were sold by Kenya on Sept. 4, according to analysts.")
    assert r.relation != "duplicate"


def test_a_kind_of_doer_is_no_place() -> None:
    from workbench.core.match.compare import compare_many

    r = compare_many([("The rebels handed over 25 prisoners to the Red Cross", "The rebels captured 25 prisoners")],
                     semantic=True)[0]
    assert r.relation != "duplicate"
