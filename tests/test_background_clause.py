"""A fact told as another's background is another fact (helper opp84, sets 81-84): "X" / "Y did Z
after X". Claims that both tell the background, or retell the main act, stay one fact."""

from __future__ import annotations

import pytest

from workbench.core.match.background import background_apart, parts
from workbench.core.match.compare import compare


@pytest.mark.parametrize(("a", "b"), [
    ("The ceasefire between Armenia and Azerbaijan collapsed in September.",
     "Russia sent peacekeepers to the border after the ceasefire between Armenia and Azerbaijan collapsed in September."),
    ("The central bank raised its key rate to 15 percent.",
     "The lira fell 3 percent after the central bank raised its key rate to 15 percent."),
    ("Niger's military seized power in a coup in July.",
     "France withdrew its ambassador from Niamey following the coup in Niger in July."),
    ("Greece's bailout programme ended in August 2018.",
     "Greece returned to bond markets after its bailout programme ended in August 2018."),
])
def test_the_background_alone_is_another_fact(a, b):
    assert compare(a, b).relation != "duplicate"
    assert compare(b, a).relation != "duplicate"


@pytest.mark.parametrize(("a", "b"), [
    ("Thousands of residents fled Kherson after the dam burst.",
     "After the Kakhovka dam burst, thousands of people left their homes in Kherson."),
    ("The lira fell 3 percent after the central bank raised its key rate to 15 percent.",
     "After the central bank lifted its key rate to 15 percent, the lira dropped 3 percent."),
    ("After the Port of Santos strike ended on Friday, ships began unloading soybeans.",
     "Ships started unloading soybeans at Santos on Friday after the dockworkers' strike ended."),
])
def test_both_telling_the_main_act_stay_one_fact(a, b):
    assert compare(a, b).relation == "duplicate"


def test_parts_split_the_main_clause_from_the_background():
    main, background, _, _ = parts("After the dam burst, thousands of people fled Kherson.")
    assert {"dam", "burst"} <= background and "kherson" in main
    assert parts("Thousands of people fled Kherson.") is None
    assert parts("The arrest came hours after the girl turned up at a store.") is None  # only dates it


def test_a_figure_of_the_main_clause_in_the_other_claim_is_one_fact():
    a = "The IMF board approved the release of $1.3 billion to Bangladesh on Monday"
    b = "Bangladesh will receive 1.3 billion dollars after the International Monetary Fund's board signed off on Monday"
    assert background_apart(a, b, frozenset(), frozenset()) is None
    assert "background" not in " ".join(compare(a, b).reasons)
