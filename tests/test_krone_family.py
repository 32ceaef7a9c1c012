"""A sum in bare "kroner" / "kronor" is in the krone family's currency, as "rupees" or "francs" are in
theirs, so it pairs with one in "Danish kroner" and the two amounts compare as written
(`figures.currencies`, sets 129-132, helper figs129)."""

from __future__ import annotations

from workbench.core.figures import quantities_of
from workbench.core.figures.currencies import one_currency
from workbench.core.match.compare import compare_many

CONFLICTS = [
    ("Norway approved an aid package worth 12.5 billion kroner.",
     "Oslo unveiled aid worth 21.5 billion Norwegian kroner."),
    ("Sweden's government set aside 8 billion kronor for the army.",
     "Stockholm earmarked 18 billion Swedish kronor for the army."),
]
DUPLICATES = [
    ("Norway approved an aid package worth 12.5 billion kroner.",
     "Oslo approved aid worth 12.5 billion Norwegian kroner."),
]


def test_bare_kroner_is_the_krone_family() -> None:
    (bare,) = quantities_of("The fine was 200 million kroner.")
    (named,) = quantities_of("The fine was 300 million Danish kroner.")
    assert bare.unit == "krone" and named.unit == "DKK"
    assert one_currency(bare.unit, bare.text, named.unit, named.text)


def test_two_sums_in_kroner_clash() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_one_sum_in_kroner_told_twice_stays_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
