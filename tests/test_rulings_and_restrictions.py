"""Acts news tells in other words: a court's ruling against a law (declared unconstitutional,
annulled = struck down; a statute is a law), a restriction that ended was lifted, fewer of a thing is
that thing falling (helper pairsdup6)."""

from workbench.core.match.compare import compare_many
from workbench.core.match.knowledge import rewrite


def _lexical(a: str, b: str):
    return compare_many([(a, b)], semantic=False)[0]


def test_a_law_declared_unconstitutional_was_struck_down() -> None:
    text, hits = rewrite("Judges declared unconstitutional the statute on foreign funding")
    assert "overturn" in text and "law" in text and "statute = law" in hits
    got = _lexical("The Constitutional Court struck down the foreign funding law on Friday",
                   "The Constitutional Court annulled the foreign funding statute on Friday")
    assert got.relation == "duplicate"
    assert _lexical("The Constitutional Court upheld the foreign funding law on Friday",
                    "The Constitutional Court annulled the foreign funding statute on Friday").relation == "conflict"


def test_a_curfew_that_ended_was_lifted() -> None:
    assert rewrite("The curfew in the northern city had ended on Monday")[0] == \
        "The curfew in the northern city had lifted on Monday"
    assert rewrite("The governor ended the lockdown")[0] == "The governor lifted the lockdown"
    assert rewrite("Talks ended without agreement")[0] == "Talks ended without agreement"
    assert _lexical("The curfew in Bouake was lifted on Monday, officials said",
                    "Officials said the curfew in Bouake ended on Monday").relation == "duplicate"


def test_fewer_of_a_thing_is_that_thing_falling() -> None:
    assert rewrite("We see fewer cases every day")[0] == "We see cases fall daily"
    assert rewrite("Fewer than 100 people came")[0] == "Fewer than 100 people came"
    fewer = "Officials in Goma report fewer new infections every week"
    assert _lexical(fewer, "Officials in Goma report that new infections are rising every week").relation == "conflict"
    assert _lexical(fewer, "Officials in Goma report that new infections are falling each week").relation == "duplicate"
