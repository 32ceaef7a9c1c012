"""The slots floor on the semantic path (`anchor.slots_floor` with `named`, helper pairsdup7): a
capital for its government or a synonym verb lowers the sentence vectors' cosine, so "Nairobi has
deployed police" / "Kenya has sent officers" fell below a duplicate there while the lexical path's
floor took it. On the semantic path one doer named by both and no name left over gives the lexical floor;
else the semantic model alone must reach a higher one (`SLOTS_MIN_SAME_SEMANTIC`). Invented
sentences; the cosine is given, so no model is needed."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.match import anchor, knowledge
from workbench.core.match.compare import compare

_NO_FIGURES = fig.FigureCheck([], [], [])
_NO_DATES = knowledge.DateCheck(None, "")


@pytest.mark.parametrize(("a", "b"), [
    ("Nairobi has deployed police to guard the border town of Mandera",
     "Kenya has sent officers to protect the frontier town of Mandera, the interior ministry said"),
    ("Lima has handed control of the port to the navy",
     "Peru has put the navy in charge of the port, the government said"),
])
def test_a_government_named_two_ways_with_a_synonym_verb_is_one_fact(a: str, b: str) -> None:
    c = compare(a, b, cosine=0.42)
    assert c.relation == "duplicate", c.reasons
    assert any("every slot agrees" in r for r in c.reasons)


def test_a_shared_place_and_day_alone_are_not_enough_on_the_semantic_path() -> None:
    c = compare("Inflation in Turkey eased in November", "Turkey won the football match in November", cosine=0.45)
    assert c.relation != "duplicate"


def test_the_floor_needs_one_named_doer_and_no_name_left_over() -> None:
    kenya = frozenset({"kenya"})
    either_model = (anchor.SLOTS_MIN_SAME, False)
    own_model = (anchor.SLOTS_MIN_SAME_SEMANTIC, True)
    assert anchor.slots_floor(_NO_FIGURES, _NO_DATES, True, (kenya, kenya, set())) == either_model
    # a name left over, two doers, or a kind of doer only: the semantic model alone, higher
    assert anchor.slots_floor(_NO_FIGURES, _NO_DATES, True, (kenya, kenya, {"Bush", "Thomas"})) == own_model
    assert anchor.slots_floor(_NO_FIGURES, _NO_DATES, True, (kenya, frozenset({"uganda"}), set())) == own_model
    assert anchor.slots_floor(_NO_FIGURES, _NO_DATES, True, (frozenset({"<police>"}),) * 2 + (set(),)) == own_model
    # the lexical path (no `named`) keeps its floor as before
    assert anchor.slots_floor(_NO_FIGURES, _NO_DATES, True) == (anchor.SLOTS_MIN_SAME, True)
