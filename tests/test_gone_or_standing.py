"""A thing gone against one grown or still standing (`match.opposites`, helper conf85): "most of the
island had vanished" / "the island had grown", "the bridge was left intact" / "was destroyed"."""

from __future__ import annotations

from workbench.core.match.compare import compare, prepared
from workbench.core.match.opposites import opposite_outcome


def _tokens(text: str) -> list[str]:
    return prepared(text)[0].tokens


def test_vanished_and_grown_intact_and_destroyed_are_opposite_states():
    for a, b in (("Most of the sandbank had vanished after the storm.", "The sandbank had grown after the storm."),
                 ("The old bridge was left intact by the floods.", "The old bridge was destroyed by the floods.")):
        assert opposite_outcome(_tokens(a), _tokens(b)), (a, b)
        assert compare(a, b).relation != "duplicate"


def test_one_state_told_twice_stays_one():
    a, b = "The lake had vanished after the drought.", "The lake had disappeared after the drought."
    assert opposite_outcome(_tokens(a), _tokens(b)) is None
    assert compare(a, b).relation == "duplicate"
