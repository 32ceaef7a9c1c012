"""Opposite outcomes are read outside names capitalised inside the sentence (helper sitreprecall)."""

from workbench.core.match.compare import compare_many


def _got(a: str, b: str):
    return compare_many([(a, b)], semantic=False)[0]


def test_a_name_in_capitals_tells_no_outcome() -> None:
    got = _got("The Protection and Return Monitoring Network said some 180,000 residents were displaced "
               "by flooding on Sunday, March 15 in Dollow.",
               "Around 180,000 individuals fled rising floodwaters in Dollow town on 15 March 2026.")
    assert not any(r.startswith("opposite outcomes") for r in got.reasons)


def test_a_headline_still_tells_its_outcome() -> None:
    got = _got("Army Recaptures Key Airport From Rebels", "Army Loses Key Airport To Rebels")
    assert any(r.startswith("opposite outcomes") for r in got.reasons)
