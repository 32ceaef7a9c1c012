"""Opposites read at sets 153-156 (helper confopp153): a bound kept or passed (`states_told_apart`),
a denial of alternatives ("ruled out X or Y", `language.negation`), a load carried or none
(`opposites`), acquitted / sentenced and removed / reinstated (`opposites`, `event_verbs.EVENT_KIN`)."""

from __future__ import annotations

from workbench.core.language.negation import denial_scopes
from workbench.core.match.compare import compare_many
from workbench.core.match.opposites import _negated
from workbench.core.match.states_told_apart import bounds
from workbench.core.vocab import Relation

CONFLICTS = [
    # a bound kept / passed
    ("The lorry was travelling within the speed limit when it hit the barrier, police said.",
     "Police said the lorry had been exceeding the speed limit when it hit the barrier."),
    ("The new metro line was completed within budget, the city said.",
     "The new metro line ran well over budget, the city said."),
    # a denial of alternatives, one of them told
    ("Investigators ruled out terrorism or sabotage as a cause of the pipeline explosion.",
     "Investigators said sabotage caused the pipeline explosion."),
    # a load carried / none
    ("The barge that sank in the Danube was carrying 1,200 tonnes of fertiliser.",
     "The barge that sank in the Danube was empty, its owner said."),
    # acquitted / sentenced, removed / reinstated
    ("A court in Nairobi acquitted the former minister of graft charges in May.",
     "A court in Nairobi sentenced the former minister to prison on graft charges in May."),
    ("The football federation removed the coach after the defeat, the club said.",
     "The football federation reinstated the coach after the defeat, the club said."),
]
NOT_CONFLICTS = [
    # one bound passed told two ways
    ("The driver was exceeding the speed limit, police said.",
     "Police said the driver had broken the speed limit."),
    # a dispute over a bound passes nothing
    ("Talks over the budget collapsed on Friday.",
     "Spending stayed within budget on Friday."),
    # both deny the alternatives
    ("The company denied any wrongdoing or negligence over the spill.",
     "The company denied any negligence over the spill."),
    # "carrying no cargo" is empty
    ("The empty tanker was towed to port after the collision.",
     "The tanker, which was carrying no cargo, was towed to port after the collision."),
    # a claim telling both verdicts
    ("The judge acquitted two of the defendants and sentenced the third to five years.",
     "Two defendants were acquitted, while the third was sentenced to five years."),
]


def test_the_readings_of_one_claim() -> None:
    assert [(kept, sorted(noun), sorted(words)) for kept, noun, words in
            bounds("The train was running within the speed limit.")] == [(True, ["limit"], ["speed"])]
    assert [kept for kept, _, _ in bounds("The project ran over budget.")] == [False]
    assert [kept for kept, _, _ in bounds("The bus was not exceeding the speed limit.")] == [True]
    assert not bounds("Protests over the budget continued.")
    assert denial_scopes("Officials denied any mechanical or engine failure.") == [
        ("any", "mechanical", "engine", "failure")]
    assert "carry" in _negated(("the", "tanker", "was", "carrying", "no", "cargo"))


def test_opposites_told_apart_are_conflicts() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_look_alikes_are_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
