"""Growers, traders or importers named by what they deal in are two groups when the goods are two
kinds (`language.kinds`: "maize farmers" / "tobacco farmers"); a wider word or a synonym bridges."""

from workbench.core.language.kinds import kind_words
from workbench.core.match.compare import compare
from workbench.core.vocab import Relation


def test_crops_and_goods_are_kinds() -> None:
    words = kind_words()
    assert {"tobacco", "cement", "pharmaceuticals"} <= words.keys()


def test_two_crops_name_two_groups_of_farmers() -> None:
    a, b = ("Kenya's drought has left maize farmers unable to repay their loans.",
            "Kenya's drought has left tobacco farmers unable to repay their loans.")
    result = compare(a, b)
    assert result.relation != Relation.DUPLICATE
    assert any("another kind" in r for r in result.reasons)


def test_pharmaceuticals_are_medicines() -> None:
    a, b = ("Ghana's cedi slump has left medicine importers unable to pay suppliers.",
            "Ghana's cedi slump has left pharmaceutical importers unable to pay suppliers.")
    assert compare(a, b).relation == Relation.DUPLICATE
    assert compare(a, b.replace("pharmaceutical", "fuel")).relation != Relation.DUPLICATE
