"""A participle right after a preposition modifies a noun ("funding for displaced families"): no
finite verb follows a preposition, so it starts no clause, and "The governor announced new funding
for displaced families" is an act of announcing, not a report of a clause (invented sentences)."""

from __future__ import annotations

from workbench.core.extract.clauses import starts_clause
from workbench.core.match.compare import compare, reported


def test_a_participle_after_a_preposition_is_no_verb() -> None:
    assert starts_clause("new funding for displaced families") is None
    assert starts_clause("new shelters for injured miners in Tarkwa") is None
    assert starts_clause("the miners had been displaced") == "clause"


def test_an_announced_thing_is_the_act() -> None:
    text = "The regional governor announced new funding for displaced families in Kaya"
    assert reported(text) == text


def test_a_visit_and_an_announcement_are_two_facts() -> None:
    a = "The governor of Sahel region visited displaced families at a camp in Kaya on Friday"
    b = "The Sahel governor announced new funding for displaced families living in Kaya camps"
    assert compare(a, b).relation != "duplicate"
