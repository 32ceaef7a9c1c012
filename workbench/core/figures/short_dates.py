"""Dates written short, as wire copy writes them: a day and month without a year ("on 13/06",
"13/06", "on 3/6": day first) and a day of the month alone ("on the 14th", the story's month
understood). Read by `figures.numbers.find_dates` (and kept out of the quantities: "on 28/06" is
no figure 28)."""

from __future__ import annotations

import re

#: after "on" (or "On" opening a sentence: "On 13/5, ..."), or with a zero-padded month; not a
#: fraction ("3/4 of"), a score or "24/7"
_DAY_MONTH = re.compile(r"(?:\b[Oo]n\s+(?P<d1>[0-3]?\d)\s?/\s?(?P<m1>[01]?\d)"
                        r"|\b(?P<d2>[0-3]?\d)/(?P<m2>0[1-9]))(?![\d/])(?!\s+of\b)")
_DAY_ONLY = re.compile(r"\b(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil)\s+(?P<day>the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th))\b"
                       r"(?!\s+(?:of\s+)?[A-Z])")


#: a live blog's or a bulletin's time stamp opening a line ("14:32 GMT -", "21.25 -", "0905 GMT:",
#: "10:15 local time -"): a time of day, no figure ("21.25 - 170 children" is no range)
_ZONE = r"(?:GMT|UTC|BST|CET|EAT|WAT|IST|CAT|hrs?|local(?:\s+time)?|[ap]\.?m\.?)"
_STAMP = re.compile(rf"\s*(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*{_ZONE})?|(?:[01]\d|2[0-3])[0-5]\d\s*{_ZONE})"
                    r"\s*(?:[-\u2013\u2014|:]\s)", re.I)


def stamp_end(text: str) -> int:
    """Where a time stamp opening `text` ends (0 when it opens with none)."""
    m = _STAMP.match(text)
    return m.end() if m else 0


def day_month_dates(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, day, month) of each "13/06"-style date."""
    if "/" not in text:
        return []
    out = []
    for m in _DAY_MONTH.finditer(text):
        d, mo = int(m.group("d1") or m.group("d2")), int(m.group("m1") or m.group("m2"))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            start = m.start("d1") if m.group("d1") else m.start("d2")
            out.append((start, m.end(), d, mo))
    return out


def day_only_dates(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "the 14th" after "on" (a day of the month, no month)."""
    if "the " not in text:
        return []
    return [(m.start("day"), m.end("day")) for m in _DAY_ONLY.finditer(text) if 1 <= int(m.group("d")) <= 31]


_MENTION_DAY_MONTH = re.compile(r"\s*([0-3]?\d)\s?/\s?([01]?\d)\s*")
_MENTION_DAY_ONLY = re.compile(r"\s*(?:on\s+)?the\s+([0-3]?\d)(?:st|nd|rd|th)\s*", re.I)


def day_and_month(mention: str) -> tuple[int, int] | None:
    """(day, month) of a date mention written short ("13/06", "8/06": day first, as wire copy
    writes it); None for other text and for one that reads either way round ("9/11", "3/6": US
    copy writes the month first)."""
    m = _MENTION_DAY_MONTH.fullmatch(mention)
    if m is None:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    if day <= 12 and day != month and not m.group(2).startswith("0") or not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return day, month


def day_of_month(mention: str) -> int | None:
    """The day of a mention that names only it ("the 14th": the story's month understood)."""
    m = _MENTION_DAY_ONLY.fullmatch(mention)
    return int(m.group(1)) if m else None
