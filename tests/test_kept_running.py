"""A service that kept running and one halted are its two outcomes (helper pairsconf4): "kept
running", "kept operating", "remained in operation" are written "continue", the opposite of a
suspension."""

from workbench.core.match.compare import compare_many


def _got(a: str, b: str):
    return compare_many([(a, b)], semantic=False)[0]


def test_kept_running_and_halted_are_opposite_outcomes() -> None:
    got = _got("Commuter trains on the Central line in Nairobi kept running on Monday despite the strike",
               "Commuter trains on the Central line in Nairobi were halted on Monday by the strike")
    assert got.relation == "conflict"
    assert any(r.startswith("opposite outcomes") for r in got.reasons)
    got = _got("Rioters burned the Central station, halting Nairobi's commuter rail for a week",
               "Nairobi's commuter rail kept running as the Central station was not damaged by rioters, officials said")
    assert got.relation != "duplicate"
    assert any(r.startswith("opposite outcomes") for r in got.reasons)


def test_kept_running_told_two_ways_is_one_fact() -> None:
    assert _got("The Lagos metro kept running during the strike on Monday",
                "The Lagos metro continued to operate during Monday's strike").relation == "duplicate"
