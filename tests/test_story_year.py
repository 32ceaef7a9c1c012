"""Lines given without an article take their story's year for dates written without one."""

from __future__ import annotations

from workbench.core.figures import dates_of
from workbench.core.match.knowledge import DATES_AGREE, DATES_DIFFER, compare_dates
from workbench.core.match.matching import cluster_texts
from workbench.core.match.story_year import story_year, with_story_year

DATED = [
    "Police said 40 people were arrested in Mosul on 2 June 2024.",
    "The governor said the bridge in Basra reopened on June 5, 2024.",
    "Officials said 12 schools closed in Erbil on 4 June 2024.",
]


def _values(lines: list[str]) -> list[list[str | None]]:
    return [[m.value for m in found or []] for found in with_story_year([dates_of(t) for t in lines])]


def test_a_day_and_month_without_a_year_take_the_story_year() -> None:
    assert _values([*DATED, "Rebels shelled Kirkuk on Jun. 13.", "Rebels shelled Kirkuk on 13/06."])[3:] == [
        ["2024-06-13"], ["2024-06-13"]]


def test_the_year_then_lets_a_weekday_compare_with_the_day() -> None:
    lines = [*DATED, "Rebels shelled Kirkuk on Jun. 13.", "Rebels shelled Kirkuk on Thursday.",
             "Rebels shelled Kirkuk on Friday."]
    found = with_story_year([dates_of(t) for t in lines])
    # 13 June 2024 was a Thursday
    assert compare_dates(found[3], found[4]).verdict == DATES_AGREE
    assert compare_dates(found[3], found[5]).verdict == DATES_DIFFER
    # without the story's year the day and the weekday tell nothing
    assert compare_dates(dates_of(lines[3]), dates_of(lines[4])).verdict is None


def test_no_year_when_the_lines_do_not_tell_one() -> None:
    assert story_year([dates_of(DATED[0]), dates_of(DATED[1])]) is None  # too few
    spread = [*DATED, "Talks resumed on 3 June 2023.", "Talks resumed on 9 June 2022."]
    assert story_year([dates_of(t) for t in spread]) is None
    assert _values([*spread, "Rebels shelled Kirkuk on Jun. 13."])[-1] == [None]


def test_a_month_far_from_the_story_keeps_no_year() -> None:
    # a story of June 2024 that mentions "Dec. 30" may mean last December: left unread
    assert _values([*DATED, "The siege began on Dec. 30."])[-1] == [None]
    assert _values([*DATED, "The siege began on July 1."])[-1] == ["2024-07-01"]


def test_cluster_groups_a_retelling_by_weekday_and_links_a_sibling_day_as_a_conflict() -> None:
    lines = [*DATED,
             "In Deir ez-Zor, Kurdish-led forces damaged 90 houses on Jun. 13, the agency said.",
             "Ninety houses damaged in Deir ez-Zor on Thursday",
             "Ninety houses damaged in Deir ez-Zor on Friday"]
    groups, links = cluster_texts(lines, semantic=False)
    assert [3, 4] in groups
    relation = {(i, j): rel for i, j, rel, _s in links}
    assert relation.get((3, 5)) == "conflict"
    assert not any(5 in g for g in groups)
