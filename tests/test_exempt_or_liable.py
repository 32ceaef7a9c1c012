"""People told exempt from a charge against the same people held to it (`match.states_told_apart`;
sets 141-144, helper conf141a): "exempt from the fee" / "must pay the fee", "the fee applies to them"."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.states_told_apart import exemptions, liabilities
from workbench.core.vocab import Relation

CONFLICTS = [
    ("Students will be exempt from the new bus fare, the mayor said.",
     "The mayor said students will have to pay the new bus fare."),
    ("Hybrid cars would be exempted from the city's low emission charge.",
     "The city's low emission charge will also apply to hybrid cars, officials said."),
    ("Small charities are exempt from the annual filing fee.",
     "Small charities are subject to the annual filing fee, the regulator said."),
]
NOT_CONFLICTS = [
    # other people held to the charge
    ("Students will be exempt from the new bus fare.", "Commuters will have to pay the new bus fare."),
    # another charge
    ("Small charities are exempt from the annual filing fee.", "Small charities must pay a late payment penalty."),
    # an exemption denied is the charge held to
    ("Hybrid cars will no longer be exempt from the congestion charge.",
     "Hybrid cars will have to pay the congestion charge from April."),
    # the charge not held to
    ("Students will be exempt from the new bus fare.", "Students will not have to pay the new bus fare."),
]


def test_the_readings_of_one_claim() -> None:
    (who, charge), = exemptions("Children under six are exempt from the tourist fee.")
    assert "child" in who[0] and "fee" in charge[0]
    assert not exemptions("Farmers would no longer be exempt from the fuel duty.")
    (who, charge), = liabilities("The $200 fee would also apply to Indian tourists.")
    assert "visitor" in who[0] and "200" in charge[1]  # tourists are written as visitors (`synonyms`)
    assert not liabilities("Children under six do not have to pay the fee.")


def test_exempt_against_held_to_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_look_alikes_are_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
