"""A change and its reverse built from one stem with "up-" / "down-": opposite outcomes (helper conf157)."""

from workbench.core.match.compare import compare_many
from workbench.core.match.up_down import up_down_opposed


def _both(a: str, b: str) -> list:
    """The comparison on the semantic path and on the lexical path."""
    return [compare_many([(a, b)], semantic=s)[0] for s in (True, False)]


def test_up_and_down_words_are_opposite_outcomes() -> None:
    for a, b in (("Moody's upgraded Turkey's sovereign rating to B1.", "Moody's downgraded Turkey's sovereign rating to B1."),
                 ("The airline upsized its order for A350 jets at the air show.",
                  "The airline downsized its order for A350 jets at the air show."),
                 ("The IMF revised its growth forecast for Kenya upward.", "The IMF revised its growth forecast for Kenya downward."),
                 ("The report pointed to an upturn in factory orders in March.",
                  "The report pointed to a downturn in factory orders in March.")):
        for c in _both(a, b):
            assert c.relation == "conflict", (a, b, c.reasons)
            assert any(r.startswith("opposite outcomes") for r in c.reasons), (a, b)


def test_two_acts_and_one_direction_told_twice_are_no_opposites() -> None:
    assert up_down_opposed(frozenset(["upload", "photo"]), frozenset(["download", "photo"])) is None
    assert up_down_opposed(frozenset(["upgrad", "downgrad"]), frozenset(["downgrad"])) is None
    for c in _both("Moody's downgraded Ghana's credit rating.", "Moody's cut Ghana's credit rating."):
        assert c.relation == "duplicate"
