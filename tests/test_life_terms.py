"""A life term in prison read as a figure (helper conf93, sets 93-96): "life imprisonment", "life
in prison", "a life sentence", "jailed for life" clash with a fixed term in years and agree with
one another; "lost their lives", "life expectancy" and "25 years to life" are no life term."""

from __future__ import annotations

import pytest

from workbench.core.figures.compare import describe
from workbench.core.figures.fallback import quantities_of
from workbench.core.match.compare import compare, compare_many


@pytest.mark.parametrize(("a", "b"), [
    ("A Nairobi court sentenced the former minister to life in prison for the killings.",
     "A Nairobi court sentenced the former minister to 20 years in prison for the killings."),
    ("Drug trafficking is punishable by life imprisonment under Indonesia's new criminal code.",
     "Drug trafficking is punishable by up to 15 years in prison under Indonesia's new criminal code."),
])
def test_a_life_term_against_a_term_in_years_is_a_conflict(a, b):
    c = compare(a, b)
    assert c.relation == "conflict", c.reasons
    assert any("(life)" in r for r in c.reasons), c.reasons
    assert compare_many([(a, b)], semantic=False)[0].relation == "conflict"


def test_two_life_terms_agree():
    a = "A Nairobi court sentenced the former minister to life in prison for the killings."
    b = "A Nairobi court handed the former minister a life sentence for the killings."
    assert compare(a, b).relation == "duplicate"
    assert compare_many([(a, b)], semantic=False)[0].relation == "duplicate"


def test_life_is_read_only_as_a_prison_term():
    assert [describe(q) for q in quantities_of("He was jailed for life on Monday.")] == ['"jailed for life" (life)']
    assert all("life" not in q.text for q in quantities_of("Six people lost their lives."))
    assert not quantities_of("Life expectancy rose sharply.")
    assert [q.text for q in quantities_of("He got 25 years to life.")] == ["25 years"]
    assert [describe(q) for q in quantities_of("He was sentenced to prison for life.")] == ['"prison for life" (life)']
