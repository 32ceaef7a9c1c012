"""A strike by workers is no attack: "called a general strike", "on strike", "strike action" are kept
from the attack rewrite and read as a kind of their own; who strikes is read as the doer."""

import pytest

from workbench.core.match import knowledge
from workbench.core.match.compare import compare
from workbench.core.match.kind_slots import kinds_named
from workbench.core.vocab import Relation


@pytest.mark.parametrize("text", [
    "Transport unions called a general strike for Monday",
    "Dockers have been on strike since May",
    "The detainees began a hunger strike",
    "Unions threatened strike action over pensions",
])
def test_a_labour_strike_is_not_rewritten_as_an_attack(text: str) -> None:
    rewritten, _ = knowledge.rewrite(text)
    assert "attack" not in rewritten and "strike" in rewritten


def test_a_strike_called_is_a_kind_of_its_own() -> None:
    assert "labour strikes" in kinds_named(knowledge.rewrite("Unions called a general strike for Monday")[0].lower())


def test_a_strike_as_an_attack_is_still_one() -> None:
    assert "attack" in knowledge.rewrite("Drones struck a fuel depot in Sochi")[0]
    assert "attack" in knowledge.rewrite("Air strikes hit the port")[0]


def test_two_trades_on_strike_are_two_strikes() -> None:
    a, b = ("Nurses went on strike over unpaid wages in Lagos",
            "Teachers in Lagos walked out over unpaid wages")
    assert compare(a, b).relation != Relation.DUPLICATE
    same = compare("Nurses went on strike over unpaid wages in Lagos", "Nurses in Lagos walked out over unpaid wages")
    assert same.relation == Relation.DUPLICATE
