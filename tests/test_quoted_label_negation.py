"""A negation inside a short quoted label ("raised it to 'do not travel'", the "no fly" list)
names a level or a list and denies nothing; a quoted sentence or a quote after a verb of saying
still denies what it says (helper pairsconf4)."""

from workbench.core.language.negation import negation_scopes
from workbench.core.match.compare import compare_many


def test_a_quoted_label_denies_nothing() -> None:
    assert negation_scopes("Britain raised its advice for Haiti to 'do not travel' after the attacks") == []
    assert negation_scopes("He was put on the \"no fly\" list") == []


def test_a_quoted_statement_still_denies() -> None:
    assert negation_scopes("Police said 'no one was hurt'") == [("hurt",)]
    assert negation_scopes("The minister said it was 'not true'") == [("true",)]
    assert negation_scopes('The ministry said: "There is no shortage of fuel at the depots."') \
        == [("shortage", "of", "fuel", "at")]


def test_a_level_named_with_a_negation_is_the_same_advice() -> None:
    got = compare_many([("Britain raised its travel warning for Haiti to the highest level, citing gang violence",
                         "London has upgraded its travel advisory for Haiti to 'do not travel' because of gang violence")],
                       semantic=False)[0]
    assert "negation" not in " ".join(got.reasons)
    assert got.features["negation_clash"] == 0.0
