"""Two named speakers' views of one thing are two claims (`match.opinions`): "Netanyahu said the
deal would make Israel safer" / "Lapid said the deal would weaken Israel's security"; one view
told by two voices of one side, in shared words, stays one."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.opinions import view, views_apart


def test_a_named_speakers_view_is_read():
    assert view("Lula said the dam would bring cheap power to the north.") is not None
    assert view("The mayor said the dam would bring cheap power.") is None  # no named speaker
    assert view("Lula said the dam brought cheap power.") is None  # no view of what would be


def test_two_speakers_saying_two_things_are_two_claims():
    a, b = ("Modi said the new farm laws would double farmers' incomes.",
            "Tikait said the new farm laws would leave farmers at the mercy of corporations.")
    assert views_apart(a, b, frozenset({"modi"}), frozenset({"tikait"})) == "two views: modi / tikait"
    assert compare(a, b).relation != "duplicate"


def test_one_view_in_shared_words_is_one_claim():
    a, b = ("Scholz said Germany would send tanks to Ukraine in March.",
            "Pistorius said Germany would deliver tanks to Ukraine in March.")
    assert views_apart(a, b, frozenset(), frozenset()) is None
    assert compare(a, b).relation == "duplicate"
