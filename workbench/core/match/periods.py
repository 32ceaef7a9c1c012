"""Periods told relative to the day of writing: "this weekend" / "last weekend", "this year" /
"last year", "next month". Two claims naming one period two ways ("heavy rain is forecast for West
Java this weekend" / "heavy rain caused floods in West Java last weekend", "the UN appealed for
$1.3 billion this year" / "$1.3 billion reached the region last year") tell of two times, so two
facts, however alike their words: the date readers (`figures.dates`) read calendar dates only.

A decade ("in the early 1990s", "the 1980s") is a period too, against another decade or a year
("in May 2024"): "Armenian forces captured four villages in the early 1990s" / "handed the four
villages back in May 2024" are two acts decades apart, not one told twice (helper conf85).

Read once per claim (`claim_readings`); a pair compares two small sets.
"""

from __future__ import annotations

import re

#: Which way a period is counted from the day of writing. Not "past": "in the past week" is the
#: seven days to the day of writing, which may be "this week" as well as "last week".
_WHICH = {"this": "this", "current": "this", "last": "last", "previous": "last",
          "next": "next", "coming": "next"}
_UNITS = ("weekend", "week", "month", "year", "season", "quarter", "spring", "summer", "autumn", "fall", "winter")
_PERIOD = re.compile(r"\b(" + "|".join(_WHICH) + r")\s+(" + "|".join(_UNITS) + r")\b(?!\s*['\u2019]s\b)", re.I)


#: A decade named ("the 1990s", "the early 1980s", "the mid-1970s"); its reading is "the 1990s".
_DECADE = re.compile(r"\bthe\s+(?:(?:early|late|mid)[\s-]+)?((?:1[89]|20)\d0)s\b", re.I)
#: A year that dates an act ("in 2019", "in May 2024", "since 2015", "on 3 March 2021"): a year after a
#: preposition or a month (a day between), not a count ("2019 people"); its reading is "year 2019".
_YEAR = re.compile(r"\b(?:in|on|since|by|during|until|from|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
                   r"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?)\s+((?:1[89]|20)\d\d)\b(?![,.]?\d|s\b)", re.I)


def periods_named(text: str) -> frozenset[str]:
    """The relative periods a claim names, as "last weekend", "this year" (`_WHICH` written one way),
    its decades ("the 1990s") and, when it names a decade or a period, the years it dates by ("year 2024")."""
    named = {f"{_WHICH[m.group(1).lower()]} {m.group(2).lower()}" for m in _PERIOD.finditer(text)}
    if any(c.isdigit() for c in text):
        named |= {f"the {m.group(1)}s" for m in _DECADE.finditer(text)}
        named |= {f"year {m.group(1)}" for m in _YEAR.finditer(text)}
    return frozenset(named)


def _decades(periods: frozenset[str]) -> tuple[frozenset[str], bool]:
    """(the decades a claim's periods fall in, as "1990", whether it names a decade itself)."""
    decades = {p[4:8] for p in periods if p.startswith("the ") and p[4:5].isdigit()}
    years = {p[5:8] + "0" for p in periods if p.startswith("year ")}
    return frozenset(decades | years), bool(decades)


def decades_apart(a: frozenset[str], b: frozenset[str]) -> str | None:
    """'another decade: the 1990s / 2020s' when a claim names a decade ("in the early 1990s"), the
    other a decade or a year ("in May 2024"), and no decade is common to both. Two years alone are the
    date step's."""
    (da, named_a), (db, named_b) = _decades(a), _decades(b)
    if not da or not db or da & db or not (named_a or named_b):
        return None
    return f"another decade: the {min(da)}s / the {min(db)}s"


def periods_apart(a: frozenset[str], b: frozenset[str]) -> str | None:
    """'another period: this weekend / last weekend' when the claims name one unit (week, year ...)
    counted two ways and no period of that unit is common to both; None otherwise."""
    if not a or not b:
        return None
    if decade := decades_apart(a, b):
        return decade
    a, b = _relative(a), _relative(b)
    if not a or not b or a & b:
        return None
    for x in sorted(a):
        unit = x.split()[1]
        y = next((p for p in sorted(b) if p.split()[1] == unit), None)
        if y is not None:
            return f"another period: {x} / {y}"
    return None


def _relative(periods: frozenset[str]) -> frozenset[str]:
    """The periods told relative to the day of writing ("last weekend"), without decades and years."""
    return frozenset(p for p in periods if p.split()[0] in _RELATIVE)


_RELATIVE = frozenset(_WHICH.values())
