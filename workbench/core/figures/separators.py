"""Thousands written with other separators than a bare comma, read as commas.

Outlets group digits in several ways: "2,000" (the readers' form), "2, 000ft" (a space slipped
after the comma), "2 000" (spaces, also no-break and thin ones, as SI and many European outlets
write them) and "2.000 civilians" (dots, the continental form). `as_commas(text)` returns a copy of
the same length in which those separators are commas, so the readers parse one form and every
offset still points into the text as written.

Dots are read as thousands only before a plural word that is counted ("1.500 protesters", "2.000
people"): a count of people or things is whole, so "1.500" there cannot be one and a half. Before
a unit, a currency or any other word ("1.500 km", "$1.500", "6.168 against the dollar") the dot
stays a decimal point. A group never starts with 0, and "15 737s" (fifteen Boeing 737s) stays two
numbers.
"""

from __future__ import annotations

import re

from workbench.core.figures.currencies import MONEY_AFTER
from workbench.core.figures.rules import MEASURES, THOUSANDS_SPACES
from workbench.core.language.calendar import MONTH

#: thousands with a space after the comma ("fell 2, 000ft"): no number is written "000"
COMMA_SPACE = re.compile(r"(?<![\d,])(\d{1,3}), (0\d\d)(?!\d)")
_SPACES = THOUSANDS_SPACES
#: "2 000", "1 250 000": groups of exactly three digits after one of 1-3, nothing digit-like around
_SPACE_GROUPED = re.compile(rf"(?<![\d.,$€£¥])[1-9]\d{{0,2}}(?:[{_SPACES}]\d{{3}})+(?!\d|[.,]\d|s\b)")
#: "1.500 protesters", "2.000.000 people": dot groups before a plural word
_DOT_GROUPED = re.compile(r"(?<![\d.,$€£¥])[1-9]\d{0,2}(?:\.\d{3})+(?![\d]|[.,]\d)(?=\s+([a-z][a-z'-]+))")
#: plurals without an -s ending
_PLURALS = frozenset(["people", "men", "women", "children", "police", "personnel", "staff", "cattle", "sheep", "fish"])
#: "June 3 500 soldiers" is a day and a count, not 3,500
_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s$")
#: plural words after a number that measure rather than count ("1.500 metres", "2.125 points")
_NOT_COUNTED = frozenset([*MEASURES, *MONEY_AFTER, "points"])


def _spaces(m: re.Match[str]) -> str:
    if _MONTH_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return m.group(0)
    return re.sub(f"[{_SPACES}]", ",", m.group(0))


def _dots(m: re.Match[str]) -> str:
    word = m.group(1)
    if word in _NOT_COUNTED or not (word in _PLURALS or (word.endswith("s") and not word.endswith(("ss", "us")))):
        return m.group(0)  # "rose to 6.168 against the dollar": a decimal
    return m.group(0).replace(".", ",")


#: A digit followed by a comma, space or dot: where a separator may be (most claims have none to read).
_SEPARATED = re.compile(rf"\d[,.{_SPACES}]")
#: What every `_SPACE_GROUPED` / `_DOT_GROUPED` match holds: searched first, as those patterns open
#: with a look-behind tried at every offset, and a claim's "30 people" holds no group.
_SPACE_GROUP_HINT = re.compile(rf"\d[{_SPACES}]\d\d\d")
_DOT_GROUP_HINT = re.compile(r"\d\.\d\d\d")


def as_commas(text: str) -> str:
    """`text` with every thousands separator read as a comma (same length: offsets kept)."""
    if _SEPARATED.search(text) is None:  # read for every claim several times: most have nothing to do
        return text
    if ", 0" in text:
        text = COMMA_SPACE.sub(r"\1,\2 ", text)
    if _SPACE_GROUP_HINT.search(text):
        text = _SPACE_GROUPED.sub(_spaces, text)
    return _DOT_GROUPED.sub(_dots, text) if _DOT_GROUP_HINT.search(text) else text
