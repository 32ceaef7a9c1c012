"""A capital named as a place in one claim and its country, or "the capital", in the other are one
place (`match.capital_places`), and a leader named beside his state is that state's doer
(`anchor._leader_named`)."""

from workbench.core.match.capital_places import capital_place
from workbench.core.match.compare import compare
from workbench.core.vocab import Relation


def test_a_capital_is_written_as_the_country_the_other_claim_names() -> None:
    a, b = ("Kenya sent a delegation to Juba.", "Nairobi has dispatched a delegation to South Sudan.")
    assert capital_place(a, b) == ("Kenya sent a delegation to South Sudan.", b, "Juba = South Sudan (its capital)")
    # another country, or a capital of its own, is another place
    assert capital_place("Kenya sent a delegation to Juba.", "Kenya sent a delegation to Chad.") is None
    assert capital_place("Kenya sent a delegation to Juba.", "Kenya sent a delegation to Kampala.") is None


def test_the_capital_is_the_capital_the_other_claim_names() -> None:
    a, b = ("Soldiers were deployed on the streets of Harare.", "Troops were sent onto the streets of the capital.")
    assert capital_place(a, b) == (a, "Troops were sent onto the streets of Harare.", "the capital = Harare")
    assert capital_place(a, "Troops were sent into the capital, Bulawayo.") is None


def test_envoys_to_a_capital_and_to_its_country_are_one_fact() -> None:
    a, b = ("South Africa's President Cyril Ramaphosa dispatched a team of special envoys to Maseru to help end the crisis.",
            "Pretoria has sent special envoys to Lesotho in a bid to defuse the political standoff, the South African "
            "presidency said.")
    assert compare(a, b).relation == Relation.DUPLICATE
    assert compare(a, "Pretoria has sent special envoys to Chad.").relation != Relation.DUPLICATE
