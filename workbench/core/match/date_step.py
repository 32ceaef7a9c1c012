"""The date step of a comparison: the same day in any format agrees, another day conflicts,
dates far apart tell another event, and two deadlines, or two starts of one state, that differ are
a conflict.

Kept apart from `compare` (which reads its verdict) so the rules on dates read in one place:
`knowledge` reads and compares date mentions, this step adds what the figures and the wording
say about years and deadlines.
"""

from __future__ import annotations

import re

from workbench.core import figures as fig
from workbench.core.match import knowledge
from workbench.core.match.begun_since import held_before_start
from workbench.core.match.definite_events import definite_told_twice
from workbench.core.match.memo import compare_dates
from workbench.core.match.once_begun import SINCE_ONCE, once_told_twice
from workbench.core.match.once_only import now_or_later, once_dated_twice
from workbench.core.match.one_time import one_time_told_twice
from workbench.core.match.stayed_past import stayed_past_end
from workbench.core.model import Quantity


def _years(qs: list[Quantity]) -> set[float | None]:
    return {q.value for q in qs if fig.figure_kind(q) == fig.YEAR}


#: A year after these words is a deadline ("extended the mandate until 2028"), not when it happened.
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|through|by|to|before)\s+(?:the\s+end\s+of\s+)?$", re.I)


#: A year after "since" starts a state that still holds ("has led Samoa since 1998", helper opp109): two
#: claims whose every date is such a start tell when one state began, and two starts that differ
#: disagree, as two deadlines do; a start against a date an act happened ("won in 1996") stays apart.
#: The state is told in a perfect tense before "since", with no superlative or "first" between: "the
#: biggest drop since 1993" dates no start, it measures against a past.
_START_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?!\w+est\b|first\b|most\b|worst\b)[\w'’-]+\s+){1,6}?"
                           r"(?:ever\s+)?since\s+(?:early\s+|late\s+|mid-?)?" + SINCE_ONCE + "$", re.I)


#: A date right after "since" is the point a count or a state runs from ("the third eruption since
#: December began on 8 February"), not the day the claim's act happened.
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.I)


def _acts_dated(text: str, dates: list | None) -> list | None:
    """A claim's dates without those after "since" (`_SINCE_BEFORE`) when any other is left: that
    one dates the act, and two claims agreeing only on the point they count from ("the third /
    fourth eruption since December") tell two acts, compared by their own dates."""
    if not dates or "since" not in text.lower():
        return dates
    kept = [m for m in dates if not _since(text, m)]
    return kept if kept and len(kept) < len(dates) else dates


def _acts_dated_both(texts: tuple[str, str], dates_a: list | None, dates_b: list | None) -> bool:
    """Whether each claim keeps a date after no "since" (`_acts_dated`)."""
    return all(dates and not _since(text, dates[0]) for text, dates in zip(texts, (dates_a, dates_b), strict=True))


def _since(text: str, mention: object) -> bool:
    """Whether a date mention of `text` follows "since" (`_SINCE_BEFORE`)."""
    return _deadline(text, mention.get("start") if isinstance(mention, dict) else getattr(mention, "start", None),
                     _SINCE_BEFORE)


def _deadline(text: str, start: int | None, before: re.Pattern[str] = _DEADLINE_BEFORE) -> bool:
    """Whether what starts at `start` in `text` (a year, a date) is a deadline (or what `before` marks)."""
    return bool(text) and start is not None and bool(before.search(text[max(0, start - 80):start]))


def _deadlines_only(text: str, dates: list | None, before: re.Pattern[str] = _DEADLINE_BEFORE) -> bool:
    """Whether every date of a claim is a deadline ("until 2028", "by the end of March"), or what `before` marks."""
    starts = [m.get("start") if isinstance(m, dict) else getattr(m, "start", None) for m in dates or []]
    return bool(starts) and all(_deadline(text, s, before) for s in starts)


def date_step(dates_a: list | None, dates_b: list | None, year_conflicts: list[tuple[Quantity, Quantity]],
              qa: list[Quantity], qb: list[Quantity], keys: tuple | None, texts: tuple[str, str] = ("", ""),
              tokens: tuple[frozenset[str], frozenset[str]] | None = None) -> knowledge.DateCheck:
    """Dates: the same day in any format agrees, another day conflicts, far apart is another event.
    Years differ only when the claims share none ("from 2001 to 2002" / "in 2002"); two deadlines
    that differ ("until 2028" / "until 2026") are one decision told two ways: a conflict. With the
    claims' `tokens`, one act that happens once dated twice, or taking effect now and later, is
    one act told at two times (`once_only`), one event singled out by its name, its holder or its
    people dated twice (`one_time`), one definite event that happens once ("the referendum",
    "its next plenary", a throne handed on) dated twice (`definite_events`), or a stay told into
    a year against its end told in an earlier one (`stayed_past`): a conflict too."""
    verdict = _date_step(dates_a, dates_b, year_conflicts, qa, qb, keys, texts)
    if tokens is None:
        return verdict
    if verdict.verdict == knowledge.DATES_FAR_APART and (once_dated_twice(texts, tokens, (qa, qb))
                                                              or once_told_twice(texts, (qa, qb))):
        told = re.search(r"\(.*?\)", verdict.reason or "")
        return knowledge.DateCheck(knowledge.DATES_DIFFER, "one act that happens once, dates differ"
                                   + (f" {told.group(0)}" if told else ""))
    if verdict.verdict == knowledge.DATES_FAR_APART and (once := one_time_told_twice(texts, (qa, qb))):
        told = re.search(r"\(.*?\)", verdict.reason or "")  # (an event singled out by its name, holder or people)
        return knowledge.DateCheck(knowledge.DATES_DIFFER, f"{once}, dates differ" + (f" {told.group(0)}" if told else ""))
    if verdict.verdict == knowledge.DATES_FAR_APART and (once := definite_told_twice(texts, tokens, (qa, qb))):
        told = re.search(r"\(.*?\)", verdict.reason or "")  # (`definite_events`)
        return knowledge.DateCheck(knowledge.DATES_DIFFER, f"{once}, dates differ" + (f" {told.group(0)}" if told else ""))
    if verdict.verdict == knowledge.DATES_FAR_APART and (stay := stayed_past_end(texts, tokens, (qa, qb))):
        return knowledge.DateCheck(knowledge.DATES_DIFFER, f"{stay}: the stay and its end clash")
    if verdict.verdict == knowledge.DATES_FAR_APART and (held := held_before_start(texts, tokens)):
        return knowledge.DateCheck(knowledge.DATES_DIFFER, f"{held}: one start told twice")  # (`begun_since`)
    if verdict.verdict is None and bool(dates_a) != bool(dates_b) \
            and (when := now_or_later(texts, (dates_a, dates_b), tokens, (qa, qb))):
        return knowledge.DateCheck(knowledge.DATES_DIFFER, when)
    return verdict


def _date_step(dates_a: list | None, dates_b: list | None, year_conflicts: list[tuple[Quantity, Quantity]],
               qa: list[Quantity], qb: list[Quantity], keys: tuple | None, texts: tuple[str, str],
               ) -> knowledge.DateCheck:
    """`date_step` without the once-only reading."""
    acted_a, acted_b = _acts_dated(texts[0], dates_a), _acts_dated(texts[1], dates_b)
    # (a point counted from, `_acts_dated`, dropped when each claim dates its act: "inflation has
    # fallen since January" / "... since January, data showed on 3 May" keep January = January)
    if (acted_a is not dates_a or acted_b is not dates_b) and _acts_dated_both(texts, acted_a, acted_b):
        dates_a, dates_b, keys = acted_a, acted_b, None
    verdict = compare_dates(dates_a, dates_b, keys)
    if verdict.verdict == knowledge.DATES_FAR_APART and _deadlines_only(texts[0], dates_a) \
            and _deadlines_only(texts[1], dates_b):
        told = re.search(r"\(.*?\)", verdict.reason or "")
        return knowledge.DateCheck(knowledge.DATES_DIFFER, "deadlines differ" + (f" {told.group(0)}" if told else ""))
    if verdict.verdict == knowledge.DATES_FAR_APART and _deadlines_only(texts[0], dates_a, _START_BEFORE) \
            and _deadlines_only(texts[1], dates_b, _START_BEFORE):
        told = re.search(r"\(.*?\)", verdict.reason or "")
        return knowledge.DateCheck(knowledge.DATES_DIFFER, "starts differ" + (f" {told.group(0)}" if told else ""))
    if year_conflicts and verdict.verdict in (None, knowledge.DATES_AGREE) and not _years(qa) & _years(qb):
        x, y = year_conflicts[0]
        for before, what in ((_DEADLINE_BEFORE, "deadlines"), (_START_BEFORE, "starts")):
            if _deadline(texts[0], x.start, before) and _deadline(texts[1], y.start, before):
                return knowledge.DateCheck(knowledge.DATES_DIFFER,
                                           f"{what} differ ({x.text.strip()} vs {y.text.strip()})")
        return knowledge.DateCheck(knowledge.DATES_FAR_APART,
                                   f"years differ ({x.text.strip()} vs {y.text.strip()}): a different event")
    return verdict
