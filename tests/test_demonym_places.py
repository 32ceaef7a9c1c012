"""A people's name read as a place is its country even when the two share no stem ("American" /
"US", "Swiss" / "Switzerland"; `place_names._demonym_of` with `actors.DEMONYMS`, helper conf145)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.place_names import may_contain
from workbench.core.vocab import Relation


def test_a_people_and_its_country_are_one_place() -> None:
    assert may_contain("American", "US") and may_contain("Swiss", "Switzerland") and may_contain("UK", "British")
    assert not may_contain("Swiss", "US")


def test_two_figures_of_one_count_through_a_country_clash() -> None:
    (c,) = compare_many([("US prosecutors say the broker moved roughly $120 million through American banks.",
                          "The broker is accused of moving about $210 million through US banks.")])
    assert c.relation == Relation.CONFLICT.value, c.reasons
