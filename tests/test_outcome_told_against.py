"""Sets 149-152 (helper confneg149): one outcome told against the opposite or the act denied.

- an outcome reached against talks "ended without" it (`match.with_or_without`);
- charges dropped against a conviction (`language.object_outcomes`, `match.opposites`);
- one doer asking for a thing against the same doer refusing it (`match.asked_or_refused`);
- "no group has claimed" an act against a named doer telling it (`match.denied_scope.nobody_did`).
"""

from __future__ import annotations

from workbench.core.match.asked_or_refused import asked_or_refused, asked_things, refused_things
from workbench.core.match.compare import compare_many
from workbench.core.match.denied_scope import nobody_did
from workbench.core.match.knowledge import rewrite
from workbench.core.match.normalize import normalize
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The union and the employers reached an agreement after two days of talks in Lisbon.",
     "Two days of talks in Lisbon between the union and the employers ended without an agreement."),
    ("Negotiators struck a deal on fishing quotas in Oslo on Friday.",
     "Friday's negotiations in Oslo on fishing quotas broke up without a deal."),
    ("Prosecutors dropped all charges against the three activists arrested at the port.",
     "A court convicted the three activists arrested at the port of trespassing."),
    ("The charges against the former mayor of Tirana were dropped on Thursday.",
     "The former mayor of Tirana was convicted of fraud on Thursday."),
    ("The crew of the fishing boat refused any help from the navy.",
     "The crew of the fishing boat asked the navy for help."),
    ("The family declined an autopsy, police in Leeds said.",
     "The family requested an autopsy, police in Leeds said."),
    ("No one has been charged over the warehouse fire in Ghent.",
     "Police charged two men over the warehouse fire in Ghent."),
    ("No group has claimed responsibility for the bombing of the Mogadishu hotel.",
     "Al-Shabaab claimed responsibility for the hotel bombing in Mogadishu."),
]
KEPT = [  # (a, b, the relation it must not be)
    ("Ministers reached a deal on grain exports in Ankara on Friday.",
     "Ministers struck a deal on grain exports in Ankara on Friday.", Relation.CONFLICT),
    ("Prosecutors dropped the charges against the bus driver.",
     "Prosecutors withdrew all charges against the bus driver.", Relation.CONFLICT),
    ("The passengers asked the crew for help.",
     "The passengers requested assistance from the crew.", Relation.CONFLICT),
    ("No group has claimed responsibility for the attack on the Kabul mosque.",
     "No militant group has claimed the Kabul mosque attack so far.", Relation.CONFLICT),
]


def _tokens(text: str) -> frozenset[str]:
    return frozenset(normalize(rewrite(text)[0]).tokens)


def test_the_opposite_outcome_or_the_act_denied_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_the_same_outcome_told_twice_stays_apart_from_a_conflict() -> None:
    pairs = [(a, b) for a, b, _ in KEPT]
    for (a, b, never), c in zip(KEPT, compare_many(pairs), strict=True):
        assert c.relation != never.value, (a, b, c.reasons)


def test_charges_dropped_are_discontinued_but_a_denial_stays() -> None:
    assert "discontinu" in _tokens("The court dropped all charges against the nine defendants.")
    assert "discontinu" in _tokens("The charges against the mayor were withdrawn.")
    assert "discontinu" in _tokens("Judges threw out the case against the nine men.")
    assert "discontinu" not in _tokens("He dismissed the charges against him as politically motivated.")
    assert "discontinu" not in _tokens("Oil prices dropped sharply on Monday.")


def test_one_doer_asking_and_refusing() -> None:
    assert [d for d, _ in refused_things("The coast guard said the passengers had refused any assistance.")] == [
        frozenset(["passenger"])]
    assert not refused_things("The migrants were refused asylum in Hungary.")  # the refusal is another's
    assert not refused_things("The government refused the opposition's request for a recount.")  # an answer
    assert [d for d, _ in asked_things("The passengers asked the coast guard for help.")] == [frozenset(["passenger"])]
    two_doers = ("The hospital in Mosul refused help from the army.", "The mayor of Mosul asked the army for help.")
    assert asked_or_refused(two_doers, (_tokens(two_doers[0]), _tokens(two_doers[1]))) is None


def test_no_one_did_it_against_a_doer() -> None:
    a, b = "Islamic State claimed responsibility for the attack.", "No group has claimed responsibility for the Crocus City Hall attack."
    assert nobody_did(a, b, _tokens(a), _tokens(b))
    # another thing done to: the journalist / a lawyer
    a, b = ("Nobody has been arrested over the killing of the journalist in Valletta.",
            "Police arrested two suspects over the killing of a lawyer in Valletta.")
    assert not nobody_did(a, b, _tokens(a), _tokens(b))
    # both deny it
    a, b = ("No group has claimed responsibility for the attack.", "No militant group has claimed the attack so far.")
    assert not nobody_did(a, b, _tokens(a), _tokens(b))
