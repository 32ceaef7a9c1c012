"""A measure with a half or a quarter added ("two and a half years", "a two-and-a-half-year halt",
"a year and a half", "an hour and a half") read as one figure (2.5 years, 1.5 hours).

The number-word parser reads "and a half" before a scale ("two and a half million"); before a unit
the figure reader saw "two" alone (or "a half"), so "after a two-and-a-half-year halt" / "ending a
stoppage of some 30 months" had no figure to compare (helper figs84). Such spans are written as
digits before the figures are read ("2.5-year", "1.5 year"), with a map back to the text as written
(as `number_slips.respell` does), so a figure's words stay as written. A quarter or three quarters
of a scale ("a quarter of a million litres") is written in digits the same way (helper dup85), and so
is a span told in a unit of time and the next smaller one ("an hour and 45 minutes" as "105 minutes",
`rules.TIME_PARTS`; helper figures141): read as two figures, its smaller part ("45 minutes") clashed
with another outlet's "roughly 105 minutes" and agreed with a "45 minutes" it is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.figures.rules import MEASURES, TIME_PARTS
from workbench.core.figures.words import FRACTIONS, SCALES, TENS, UNITS, parse_number_words
from workbench.core.language.verbs import trie_regex

_SEP = r"[\s-]+"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a number, then "and a half", then a unit: "two and a half years"; a number or an article,
    a unit, then "and a half": "a year and a half", "two years and a half")."""
    number = r"(?:\d+|" + trie_regex(sorted(UNITS)) + r")"
    units = trie_regex(sorted(k for k in MEASURES if k.isalpha() and len(k) > 2))
    fraction = r"and" + _SEP + r"an?" + _SEP + r"(" + "|".join(FRACTIONS) + r")"
    before = re.compile(r"\b(" + number + r")" + _SEP + fraction + r"(?=" + _SEP + r"(?:" + units + r")\b)", re.I)
    after = re.compile(r"\b(" + number + r"|an?)" + _SEP + r"(" + units + r")" + _SEP + fraction + r"\b", re.I)
    return before, after


#: "a quarter of a million", "three quarters of a billion": a part of a scale (the number-word parser
#: reads "half a million" but saw "a million" here, so "a quarter of a million litres" clashed with
#: "250,000 litres"; helper dup85).
_PART_OF_SCALE = re.compile(r"\b(a|one|three)" + _SEP + r"quarters?" + _SEP + r"of" + _SEP + r"an?" + _SEP
                            + r"(thousand|million|billion|trillion)\b", re.I)
_QUARTERS = {"a": 1, "one": 1, "three": 3}


def _value(number: str, fraction: str) -> str | None:
    """The digits of a whole number and its fraction ("two", "half" -> "2.5"), or None."""
    n = number.lower()
    whole = 1.0 if n in ("a", "an") else float(n) if n.isdigit() else parse_number_words(n)
    if whole is None:
        return None
    return f"{whole + FRACTIONS[fraction.lower()]:g}"


@lru_cache(maxsize=1)
def _time_parts() -> tuple[re.Pattern[str], str]:
    """A number (or an article) and a unit of time, then ("and", a comma or nothing) a number and
    the next smaller unit (`rules.TIME_PARTS`); and the words that may open one, for a pre-check."""
    words = [k for k in MEASURES if k.isalpha() and MEASURES[k] in TIME_PARTS]
    small = [k for k in MEASURES if k.isalpha() and MEASURES[k] in {s for s, _ in TIME_PARTS.values()}]
    number = r"(?:\d+|" + trie_regex(sorted([*UNITS, *TENS])) + r"(?:-" + trie_regex(sorted(UNITS)) + r")?)"
    return re.compile(r"\b(" + number + r"|an?)\s+(" + trie_regex(sorted(words)) + r"),?\s+(?:and\s+)?("
                      + number + r")\s+(" + trie_regex(sorted(small)) + r")\b", re.I), "|".join(words)


def time_part_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """The spans told in two units of time (`_time_parts`), each with its figure in the smaller unit
    ("an hour and 45 minutes" -> "105 minutes"): only when the smaller part is less than one of the
    larger unit ("two days and 30 hours" is no such span) and the digits are no longer than the words."""
    pattern, words = _time_parts()
    if not any(w in low for w in words.split("|")):
        return []
    out = []
    for m in pattern.finditer(text):
        large, small = MEASURES[m.group(2).lower()], m.group(4).lower()
        into, per = TIME_PARTS[large]
        if MEASURES[small] != into:
            continue
        whole, part = (_number(m.group(k)) for k in (1, 3))
        if whole is None or part is None or not 0 < part < per:
            continue
        new = f"{whole * per + part:g} {small if small.endswith('s') else small + 's'}"
        if len(new) <= m.end() - m.start():
            out.append((m.start(), m.end(), new))
    return out


def write_time_parts(text: str, hits: list[str]) -> str:
    """`text` with each span in two units of time written as its total in the smaller unit ("over a
    year and four months" -> "over 16 months"), noted in `hits`: the words a claim is matched by
    (`match.knowledge.rewrite`), as the figures reader reads the span. Left as written, "four" was a
    number the other claim's "16 months" did not share and "year" a word it did not tell (helper
    dup145a, sets 145-148)."""
    for start, end, total in reversed(time_part_spans(text, text.lower())):  # (from the end: offsets hold)
        hits.append(f"{text[start:end]} = {total}")
        text = text[:start] + total + text[end:]
    return text


def _number(words: str) -> float | None:
    n = words.lower()
    return 1.0 if n in ("a", "an") else float(n) if n.isdigit() else parse_number_words(n)


def spell_halves(text: str) -> tuple[str, list[int] | None]:
    """`text` with each such measure's number in digits, and for each position of the new text the
    position it came from (None when nothing was rewritten). A rewritten span is never longer
    than the words it replaces; its last character maps to their last, so a figure ending there
    ends where they did."""
    low = text.lower()
    spans = time_part_spans(text, low)
    if "and a" not in low and "and-a" not in low and "quarter" not in low and not spans:
        return text, None
    before, after = _patterns()
    for m in _PART_OF_SCALE.finditer(text):
        whole = SCALES[m.group(2).lower()] * _QUARTERS[m.group(1).lower()] // 4
        spans.append((m.start(), m.end(), f"{whole:,}"))
    for m in before.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in spans):
            continue
        if (digits := _value(m.group(1), m.group(2))) is not None:
            spans.append((m.start(), m.end(), digits))
    for m in after.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in spans):
            continue
        if (digits := _value(m.group(1), m.group(3))) is not None:
            spans.append((m.start(), m.end(), f"{digits} {m.group(2)}"))
    if not spans:
        return text, None
    out: list[str] = []
    back: list[int] = []
    last = 0
    for start, end, new in sorted(spans):
        out.append(text[last:start])
        back.extend(range(last, start))
        out.append(new)
        back.extend(start + k if k < len(new) - 1 else end - 1 for k in range(len(new)))
        last = end
    out.append(text[last:])
    back.extend(range(last, len(text) + 1))
    return "".join(out), back


def composed(first: list[int] | None, then: list[int] | None) -> list[int] | None:
    """The map back of two rewrites, `first` applied to the text as written and `then` to its result."""
    if then is None:
        return first
    if first is None:
        return then
    return [first[p] for p in then]
