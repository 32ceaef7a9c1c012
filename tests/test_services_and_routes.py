"""Services a state or a disaster cuts (internet, phone, train services, water, power supply) and
routes over land (roads, railway lines) are kinds (`language.kinds`): two members of one kind
are two facts, however alike the rest."""

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.kind_slots import other_member
from workbench.core.vocab import Relation


@pytest.mark.parametrize(("a", "b"), [
    ("Authorities suspended mobile internet in Manipur for five days",
     "Authorities suspended train services in Manipur for five days"),
    ("A mudslide cut the main road to Gilgit on Friday", "A mudslide cut the railway line to Gilgit on Friday"),
])
def test_two_services_or_two_routes_are_two_facts(a: str, b: str) -> None:
    assert other_member(a.lower(), b.lower()) is not None
    assert compare(a, b).relation != Relation.DUPLICATE


def test_a_wider_word_may_be_either() -> None:
    assert other_member("the flood cut the route to gilgit", "the flood cut the railway line to gilgit") is None
    assert other_member("the flood cut the highway", "the flood cut the main road") is None
