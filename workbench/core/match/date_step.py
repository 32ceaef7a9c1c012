"""The date step of a comparison: the same day in any format agrees, another day conflicts,
dates far apart tell another event, and two deadlines that differ are a conflict.

Kept apart from `compare` (which reads its verdict) so the rules on dates read in one place:
`knowledge` reads and compares date mentions, this step adds what the figures and the wording
say about years and deadlines.
"""

from __future__ import annotations

import re

from workbench.core import figures as fig
from workbench.core.match import knowledge
from workbench.core.match.memo import compare_dates
from workbench.core.model import Quantity


def _years(qs: list[Quantity]) -> set[float | None]:
    return {q.value for q in qs if fig.figure_kind(q) == fig.YEAR}


#: A year after these words is a deadline ("extended the mandate until 2028"), not when it happened.
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|through|by|to|before)\s+(?:the\s+end\s+of\s+)?$", re.I)


def _deadline(text: str, start: int | None) -> bool:
    """Whether what starts at `start` in `text` (a year, a date) is a deadline."""
    return bool(text) and start is not None and bool(_DEADLINE_BEFORE.search(text[max(0, start - 24):start]))


def _deadlines_only(text: str, dates: list | None) -> bool:
    """Whether every date of a claim is a deadline ("until 2028", "by the end of March")."""
    starts = [m.get("start") if isinstance(m, dict) else getattr(m, "start", None) for m in dates or []]
    return bool(starts) and all(_deadline(text, s) for s in starts)


def date_step(dates_a: list | None, dates_b: list | None, year_conflicts: list[tuple[Quantity, Quantity]],
               qa: list[Quantity], qb: list[Quantity], keys: tuple | None, texts: tuple[str, str] = ("", ""),
               ) -> knowledge.DateCheck:
    """Dates: the same day in any format agrees, another day conflicts, far apart is another event.
    Years differ only when the claims share none ("from 2001 to 2002" / "in 2002"); two deadlines
    that differ ("until 2028" / "until 2026") are one decision told two ways: a conflict."""
    verdict = compare_dates(dates_a, dates_b, keys)
    if verdict.verdict == knowledge.DATES_FAR_APART and _deadlines_only(texts[0], dates_a) \
            and _deadlines_only(texts[1], dates_b):
        told = re.search(r"\(.*?\)", verdict.reason or "")
        return knowledge.DateCheck(knowledge.DATES_DIFFER, "deadlines differ" + (f" {told.group(0)}" if told else ""))
    if year_conflicts and verdict.verdict in (None, knowledge.DATES_AGREE) and not _years(qa) & _years(qb):
        x, y = year_conflicts[0]
        if _deadline(texts[0], x.start) and _deadline(texts[1], y.start):
            return knowledge.DateCheck(knowledge.DATES_DIFFER,
                                       f"deadlines differ ({x.text.strip()} vs {y.text.strip()})")
        return knowledge.DateCheck(knowledge.DATES_FAR_APART,
                                   f"years differ ({x.text.strip()} vs {y.text.strip()}): a different event")
    return verdict
