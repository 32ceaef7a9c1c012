"""`figures.compatible` answers from a memo keyed by every field the rule reads: the memoised answer
is the rule's, for figures found anywhere, and two figures differing in any read field are asked apart."""

from __future__ import annotations

from workbench.core.figures import compare
from workbench.core.figures.numbers import find_quantities


def _one(text: str):
    (q,) = find_quantities(text)
    return q


def test_memoised_answers_are_the_rules_own():
    pairs = [("at least 12 people", "21 people"), ("about 50 people", "around 60 people"),
             ("1.5 million people", "1,520,000 people"), ("30 people", "31 people"),
             ("more than 4,000 people", "some 40,000 people"), ("$2.2 million", "£1.7m")]
    compare._COMPATIBLE.clear()
    for a, b in pairs:
        qa, qb = _one(a), _one(b)
        rule = compare._compatible(qa, qb, compare.ROUNDING_TOLERANCE)
        assert compare.compatible(qa, qb) is rule  # first asked: computed
        assert compare.compatible(qa, qb) is rule  # asked again: from the memo
    assert compare.compatible(_one("30 people"), _one("31 people")) is False


def test_where_a_figure_stands_is_no_part_of_the_key_but_its_words_are():
    compare._COMPATIBLE.clear()
    here, there = _one("killed 30 people"), _one("on Monday they killed 30 people")
    assert (here.start, here.end) != (there.start, there.end)
    assert compare._figure_key(here) == compare._figure_key(there)
    exact, hedged = _one("killed 50 people"), _one("killed about 50 people")
    assert compare._figure_key(exact) != compare._figure_key(hedged)
    # the hedged figure agrees with 54, the exact one does not, whichever was asked first
    other = _one("killed 54 people")
    assert compare.compatible(hedged, other) is True
    assert compare.compatible(exact, other) is False


def test_the_memo_is_cleared_when_full(monkeypatch):
    monkeypatch.setattr(compare, "COMPATIBLE_MAX", 2)
    compare._COMPATIBLE.clear()
    qs = [_one(f"{n} people") for n in (10, 20, 30, 40)]
    for q in qs:
        compare.compatible(q, qs[0])
    assert len(compare._COMPATIBLE) <= 2
