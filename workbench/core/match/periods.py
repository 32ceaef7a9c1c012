"""Periods told relative to the day of writing: "this weekend" / "last weekend", "this year" /
"last year", "next month". Two claims naming one period two ways ("heavy rain is forecast for West
Java this weekend" / "heavy rain caused floods in West Java last weekend", "the UN appealed for
$1.3 billion this year" / "$1.3 billion reached the region last year") tell of two times, so two
facts, however alike their words: the date readers (`figures.dates`) read calendar dates only.

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


def periods_named(text: str) -> frozenset[str]:
    """The relative periods a claim names, as "last weekend", "this year" (`_WHICH` written one way)."""
    return frozenset(f"{_WHICH[m.group(1).lower()]} {m.group(2).lower()}" for m in _PERIOD.finditer(text))


def periods_apart(a: frozenset[str], b: frozenset[str]) -> str | None:
    """'another period: this weekend / last weekend' when the claims name one unit (week, year ...)
    counted two ways and no period of that unit is common to both; None otherwise."""
    if not a or not b or a & b:
        return None
    for x in sorted(a):
        unit = x.split()[1]
        y = next((p for p in sorted(b) if p.split()[1] == unit), None)
        if y is not None:
            return f"another period: {x} / {y}"
    return None
