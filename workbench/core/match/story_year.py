"""The year of a list of lines from one story, given to its dates written without one.

A claim in a project reads "on Thursday" and "June 13" against its article's date
(`figures.find_dates(reference=...)`). Lines given to `cluster` have no article, so "Jun. 13"
has no year and "Thursday" could be any Thursday: the two neither agree nor clash, and two
retellings of one fact ("... on Jun. 13" / "... on Thursday") stay apart while a sibling on
another day ("... on Friday") is no conflict either. When the lines' own full dates all fall
in one year, that is the story's year: a day and month written without one take it, so its
weekday compares. A weekday alone still names no date (it is never resolved to one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import replace
from datetime import date

from workbench.core.match.knowledge import date_parts
from workbench.core.model import DateMention

#: Fewest dated mentions (a month and a year) that can tell a story's year.
MIN_DATED = 3
#: Share of the dated mentions that must fall in that year: a story told across a new year
#: ("Dec. 30" / "Jan. 2") gets none, so its days are never put a year apart.
MIN_SHARE = 0.9


def story_year(mentions: Sequence[Sequence[DateMention] | None]) -> tuple[int, int, int] | None:
    """(year, first month, last month) the lines' dated mentions fall in, or None when they do
    not tell one year (too few, or spread over years)."""
    months: Counter[tuple[int, int]] = Counter()
    for found in mentions:
        for m in found or ():
            v = m.value or ""
            if len(v) >= 7 and v[:4].isdigit() and v[5:7].isdigit():
                months[int(v[:4]), int(v[5:7])] += 1
    total = sum(months.values())
    if total < MIN_DATED:
        return None
    years = Counter[int]()
    for (y, _mo), n in months.items():
        years[y] += n
    year, n = years.most_common(1)[0]
    if n < MIN_SHARE * total:
        return None
    seen = [mo for (y, mo) in months if y == year]
    return year, min(seen), max(seen)


def with_story_year(mentions: Sequence[list[DateMention]]) -> list[list[DateMention]]:
    """The mentions with the story's year given to each day and month written without one, when
    that month lies within a month of the story's dated ones; the lists unchanged otherwise."""
    told = story_year(mentions)
    if told is None:
        return list(mentions)
    year, first, last = told
    out: list[list[DateMention]] = []
    for found in mentions:
        if not found or all(m.value for m in found):
            out.append(found)
            continue
        dated = []
        for m in found:
            parts = None if m.value else date_parts(m)
            if parts is not None and parts[0] is None and parts[1] is not None and parts[2] is not None \
                    and first - 1 <= parts[1] <= last + 1:
                with suppress(ValueError):  # "31/06": no such day, left unread as before
                    m = replace(m, value=date(year, parts[1], parts[2]).isoformat())
            dated.append(m)
        out.append(dated)
    return out
