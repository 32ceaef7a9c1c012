"""A verb with no object of its own acts on its infinitive's object ("voted to join X"): two named
partners chosen are two facts (`named_objects.objects_apart`)."""

from workbench.core.match.compare import compare
from workbench.core.vocab import Relation


def test_joining_two_partners_is_two_facts() -> None:
    a, b = ("The Labour caucus voted to join the Greens and Te Pati Maori in forming a government.",
            "The Labour caucus voted to join Luxon's National in forming a government.")
    result = compare(a, b)
    assert result.relation != Relation.DUPLICATE
    assert any("another thing named" in r for r in result.reasons)


def test_one_partner_named_in_full_and_short_stays_one() -> None:
    a, b = ("The Kikuyu council of elders agreed to back Raila Odinga in the August election.",
            "The Kikuyu council of elders agreed to back Odinga in the August election.")
    assert compare(a, b).relation == Relation.DUPLICATE
