"""A hedged span of one unit ("almost a fortnight", "a closure of nearly a month") is a figure as
"nearly two weeks" is (helper dup131, sets 129-132 read); and the hard negatives that keep theirs."""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def _spans(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(q.text, q.low, q.high, q.unit) for q in fig.quantities_of(text)]


def test_a_hedged_span_of_one_unit_is_read_with_its_hedge() -> None:
    assert _spans("The crossing opened again after a closure of almost a fortnight.") == [
        ("almost a fortnight", 1.8, 2.0, "weeks")]
    # an open hedge is as often a comparison ("the worst outbreak for more than a year"): not read
    assert _spans("It was the worst outbreak of violence for more than a year.") == []
    # read once, with its hedge ("a week of talks" alone is `_A_SPAN`'s)
    assert _spans("A deal came after about a week of talks.") == [("about a week", 0.9, 1.1, "weeks")]
    assert [t for t, *_ in _spans("They talked for about an hour and a half.")] == ["about an hour and a half"]
    assert _spans("It happened at the end of a week of talks.") == [("a week", 1.0, 1.0, "weeks")]


def test_two_weeks_and_a_fortnight_hedged_are_one_span() -> None:
    c = compare("The border crossing reopened on Monday after being closed for nearly two weeks.",
                "The border crossing opened again on Monday following a closure of almost a fortnight.")
    assert c.relation == "duplicate"
    assert any("almost a fortnight" in r for r in c.reasons)


def test_another_span_hedged_the_same_way_is_no_duplicate() -> None:
    assert compare("The refinery reopened on Wednesday after being shut for nearly two weeks.",
                   "The refinery reopened on Wednesday after a closure of almost a month.").relation != "duplicate"
    assert compare("The mine was closed for about a week after the collapse.",
                   "The mine was closed for about a year after the collapse.").relation != "duplicate"
