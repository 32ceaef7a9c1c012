"""The same figure counting who watches a vote and where it is cast is two counts
(`actors.KINDS` election observers, `kinds.NEWS_KINDS` polling stations; `figures.counted_kinds_apart`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize("a, b", [
    ("Police said they had detained 41 election monitors in Harare.",
     "Police said 41 polling stations in Harare had opened late because of missing ballot papers."),
    ("Officials said 12 monitors were expelled from the region on Sunday.",
     "Officials said 12 voting centres in the region were closed on Sunday."),
    ("Police arrested 40 election observers in Nairobi on election day.",
     "Police arrested 40 journalists in Nairobi on election day."),
])
def test_the_same_figure_of_two_things_is_two_facts(a: str, b: str) -> None:
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any(r.startswith("another thing counted:") for r in c.reasons)


@pytest.mark.parametrize("a, b, want", [
    ("Police said they had detained 23 election observers in Kano.",
     "Police in Kano said 23 poll monitors had been arrested.", "duplicate"),
    ("The commission said 150 polling stations in Lusaka opened late.",
     "In Lusaka, 150 polling centres opened late, the electoral commission said.", "duplicate"),
    ("The commission said 150 polling stations in Lusaka opened late.",
     "The commission said 210 polling stations in Lusaka opened late.", "conflict"),
])
def test_one_thing_counted_in_other_words_stays_one(a: str, b: str, want: str) -> None:
    assert compare(a, b).relation == want
