"""An act done to the other claim's act, and a doer that undergoes another act: two facts
(`match.acts.act_on_the_act`, `match.acts.doer_undergoes`; sets 113-116, helper notact113)."""

from __future__ import annotations

import pytest

from workbench.core.match.acts import act_on_the_act, doer_undergoes
from workbench.core.match.claim_view import claim_view
from workbench.core.match.compare import compare, prepared


def _read(text: str) -> tuple[str, frozenset[str]]:
    view = claim_view(text, prepared(text)[0])
    return view.roles_wording, frozenset(view.tokens)


def _pair(a: str, b: str) -> tuple[str, str, frozenset[str], frozenset[str]]:
    (wa, ta), (wb, tb) = _read(a), _read(b)
    return wa, wb, ta, tb


@pytest.mark.parametrize(("a", "b"), [
    ("Ortega was sentenced to 15 years in prison.", "Ortega's lawyers said they would appeal the 15-year sentence."),
    ("The two countries signed a border treaty in Nairobi.",
     "The two countries postponed the signing of the border treaty in Nairobi."),
])
def test_an_act_on_the_other_act_is_another_fact(a: str, b: str) -> None:
    assert act_on_the_act(*_pair(a, b)) is not None
    assert compare(a, b).relation != "duplicate"


@pytest.mark.parametrize(("a", "b"), [
    ("The opposition channel aired a new interview on Monday.",
     "The opposition channel was shut down by the regulator on Monday."),
    ("The charity distributed food parcels in Gaza City on Tuesday.",
     "The charity was banned by the interior ministry in Gaza City on Tuesday."),
])
def test_a_doer_that_undergoes_another_act_is_another_fact(a: str, b: str) -> None:
    assert doer_undergoes(*_pair(a, b)) is not None
    assert compare(a, b).relation != "duplicate"


@pytest.mark.parametrize(("a", "b"), [
    ("Ortega was sentenced to 15 years in prison.", "The judge imposed a 15-year prison sentence on Ortega."),
    ("Ortega was sentenced to 15 years in prison.", "A court handed Ortega a 15-year prison sentence."),
    ("Police arrested the opposition leader on Monday.", "The opposition leader was detained by police on Monday."),
    ("Rebels attacked an army base near Goma on Sunday.", "An army base near Goma was attacked by rebels on Sunday."),
    ("The mining licence was extended by 25 years to 2050.",
     "The mining licence will run until 2050, a quarter-century extension."),
])
def test_one_act_told_two_ways_is_read_by_neither(a: str, b: str) -> None:
    pair = _pair(a, b)
    assert act_on_the_act(*pair) is None
    assert doer_undergoes(*pair) is None
