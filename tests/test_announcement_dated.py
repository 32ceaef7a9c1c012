"""An announcement's day, the claim's only date, is the day of the act made public (`figures.fallback.
dates_of`; sets 125-128, helper conf125b): two days for one announcement clash; a saying's day and
a claim with a date of its own are left as they were."""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.match.compare import compare_many

CONFLICTS = [
    ("The carmaker announced on 3 March that it was closing its plant in Ohio.",
     "The carmaker announced on 13 March that it was closing its plant in Ohio."),
]
DUPLICATES = [
    ("The minister said on Monday that the talks would continue.",
     "The minister said on Tuesday that the talks would continue."),
    ("The carmaker announced on 5 March that it had closed the plant on 1 March.",
     "The carmaker announced on 8 March that it had closed the plant on 1 March."),
]


def test_the_dates_of_one_claim() -> None:
    assert [d.text for d in fig.dates_of("The carmaker announced on 3 March that it was closing the plant.")] \
        == ["3 March"]
    assert not fig.dates_of("The carmaker said on 3 March that it was closing the plant.")
    assert [d.text for d in fig.dates_of("The firm announced on 5 March that it closed the plant on 1 March.")] \
        == ["1 March"]


def test_one_announcement_dated_twice_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
