"""A span told as a time limit is another slot than the same span told as a length: "declared seven
days of mourning" / "ordered inspections within seven days of the fire", "extended the emergency by
30 days" / "gave the firm 30 days to comply". The number and its unit agree, so the pair would read as
one figure and anchor the claims as one fact (`match.anchor.anchor_floor`) though the acts share
nothing. A limit ("within 72 hours", "in the next 14 days", "a 30-day deadline", "gave them 72 hours
to leave") paired with a length of something ("seven days of", "by 30 days", "for two weeks") is
split: both are left unpaired (sets 113-116, helper notact113). Two limits still pair ("within 72
hours" / "72 hours to leave"), as do a limit and a span told neither way ("fled within a week" /
"fled in a week").
"""

from __future__ import annotations

import re

from workbench.core.figures.compare import FigureCheck
from workbench.core.model import Quantity

#: Before a figure: "within", "within the next", "in the next", "no later than".
_LIMIT_BEFORE = re.compile(r"\b(?:within(?:\s+the\s+next)?|in\s+the\s+next|no\s+later\s+than)\s+(?:about\s+|some\s+)?$",
                           re.I)
#: After a figure: a deadline or an ultimatum ("a 30-day deadline").
_LIMIT_AFTER = re.compile(r"(?:-|\s+)(?:deadline|ultimatum)\b", re.I)
#: Time given for an act ("gave foreign troops 72 hours to leave", "was given 30 days to comply"):
#: the giving before the figure, "to" and a verb after it ("took two years to build" is a length).
_GIVEN_BEFORE = re.compile(r"\b(?:gave|give|gives|given|giving|granted|grant|grants|allowed)\b(?:\s+[\w'-]+){0,4}\s+$", re.I)
_TO_ACT = re.compile(r"\s+to\s+[a-z]{3,}\b")
_SPANS = frozenset(["hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"])
#: A length of something: "seven days of mourning", "extended by 30 days", "closed for two weeks", a
#: span written before its noun ("a 48-hour strike"; "a 48-hour ultimatum" is a limit, read first).
_LENGTH_AFTER = re.compile(r"\s+of\b", re.I)
_SPAN_BEFORE_NOUN = re.compile(r"\d[\w.]*-(?:hour|day|week|month|year)$", re.I)
_LENGTH_BEFORE = re.compile(r"\b(?:by|for|lasting)\s+(?:another\s+|a\s+further\s+|about\s+|some\s+)?$", re.I)
#: How far before a figure its limit word may be read.
_BEFORE = 30


def _span(text: str, q: Quantity) -> bool:
    words = text[q.start:q.end].lower().replace("-", " ").split()
    return bool(words) and words[-1] in _SPANS


def time_limit(text: str, q: Quantity) -> bool:
    """Whether the span `q` of `text` is told as a time limit (see the module docstring)."""
    if q.end <= q.start or not text.startswith(q.text, q.start) or not _span(text, q):
        return False
    before = max(0, q.start - _BEFORE)
    return bool(_LIMIT_BEFORE.search(text, before, q.start) or _LIMIT_AFTER.match(text, q.end)
                or _GIVEN_BEFORE.search(text, before, q.start) and _TO_ACT.match(text, q.end))


def _length(text: str, q: Quantity) -> bool:
    """Whether the span `q` of `text` is told as the length of something (`_LENGTH_AFTER`, `_LENGTH_BEFORE`)."""
    return bool(_LENGTH_AFTER.match(text, q.end) or _SPAN_BEFORE_NOUN.search(text[q.start:q.end])
                or _LENGTH_BEFORE.search(text, max(0, q.start - _BEFORE), q.start))


def limits_apart(check: FigureCheck, a: str, b: str) -> FigureCheck:
    """`check` with each agreeing pair of spans, one told as a time limit and the other as a length
    of something, split apart ("within a week" / "in a week" stay one figure)."""
    split = [(q, r) for q, r, ok in check.pairs if ok and _span(a, q) and _span(b, r)
             and (time_limit(a, q) and not time_limit(b, r) and _length(b, r)
                  or time_limit(b, r) and not time_limit(a, q) and _length(a, q))]
    if not split:
        return check
    apart = {(id(q), id(r)) for q, r in split}
    kept = [p for p in check.pairs if (id(p[0]), id(p[1])) not in apart]
    return FigureCheck(kept, [*check.unpaired_a, *(q for q, _ in split)], [*check.unpaired_b, *(r for _, r in split)])
