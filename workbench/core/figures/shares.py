"""Shares written as words: "one in four voters", "a third of teachers", "two-fifths of the
electorate", "half of the staff" are percentages (25 %, 33.3 %, 40 %, 50 %), as "25 percent of
voters" is, and so is a change by a part ("fell by half" is by 50 %); and a fraction of a measure ("half a percentage point", "a quarter of a percentage
point") is that part of the measure (0.5 / 0.25 percentage points).

`numbers.find_quantities` reads these spans here and keeps its own reading of their number words
out ("one in four eligible voters" is no count of four voters). A share is written rounded ("a
third" for 33 %, "one in three" for 34 %), so it holds SHARE_BAND either way.
"""

from __future__ import annotations

import re

from workbench.core.figures.rules import MEASURES
from workbench.core.figures.words import UNITS
from workbench.core.language.comparatives import AMOUNT_DIMENSIONS, upward
from workbench.core.language.told_plainly import AGAINST_ITS_PAST
from workbench.core.model import Quantity

#: A word share holds this part of its value either way ("a third" agrees with 33 % and 34 %).
SHARE_BAND = 0.04

#: the number words a share is written with ("one" to "ten", `words.UNITS`), and "a" / "an" for one
_COUNTS = {**{w: v for w, v in UNITS.items() if 1 <= v <= 10}, "a": 1, "an": 1}
#: the parts a whole is written in: "a third", "two-fifths", "three quarters"
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
          "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
          # (helper dup89: "one-twentieth of Panama's economic output" / "about 5% of its GDP")
          "twentieth": 20, "twentieths": 20, "hundredth": 100, "hundredths": 100}
_COUNT_ALT = "|".join(sorted((k for k in _COUNTS if k not in ("a", "an")), key=len, reverse=True))
_PART_ALT = "|".join(sorted(_PARTS, key=len, reverse=True))
_MEASURE_ALT = "|".join(sorted((re.escape(k) for k in MEASURES if " " in k or len(k) > 3), key=len, reverse=True))

#: "one in four", "1 in 5" (of a group: a word or "of" follows; "one in 10 cases")
_ONE_IN = re.compile(rf"\b(?P<n>{_COUNT_ALT}|\d{{1,2}})\s+in\s+(?P<d>{_COUNT_ALT}|\d{{1,3}})\b(?=\s+(?:of\s+)?[a-z])",
                     re.I)
#: "a third of", "two-fifths of", "half of" (or "half" before a determiner: "half its value"), "three
#: quarters of"; and "half a percentage point",
#: "a quarter of a percentage point" (a part of a measure)
_PART_OF = re.compile(
    rf"\b(?:(?P<n>a|an|one|two|three|four|five|seven|nine)[\s-]+(?P<p>{_PART_ALT})|(?P<half>half))"
    rf"(?:\s+of\s+(?P<whole>an?\s+(?P<m1>{_MEASURE_ALT})\b|(?=(?:the|their|its|all|[a-z]+)\b))"
    rf"|\s+an?\s+(?P<m2>{_MEASURE_ALT})\b"
    # "half" before a determiner is "half of" it ("lost half its value", "half the staff"; helper dup121)
    r"|(?<=half)\s+(?=(?:the|its|their|his|her|our|all)\s+[a-z]))", re.I)
#: A change by a part: "fell by half", "cut by about a third", "rose by two-thirds" (by that share of
#: what it was, as "by 50 percent" is; helper pairsconf). Not a part of something ("by half of the
#: members", "by a third of a point": `_PART_OF` reads those).
_BY_PART = re.compile(
    r"\bby\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|close\s+to|at\s+least)\s+)?"
    rf"(?P<part>(?:(?P<n>a|an|one|two|three|four|five|seven|nine)[\s-]+(?P<p>{_PART_ALT})|half))\b"
    r"(?!\s+(?:of|an?)\b|-)", re.I)
#: "the first half", "the second quarter", "in the third quarter": parts of a game or a year
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|final|last|opening|[1-4](?:st|nd|rd|th))\s+$", re.I)


#: A multiple of what was: "tripled", "nearly doubled", "three times higher", "twice as many", "risen
#: twofold", "a threefold increase" (x3, x2): one change told as a verb or a comparison ("prices
#: nearly tripled" / "almost three times higher", "has doubled" / "had risen twofold").
MULTIPLE = "×"
_MULTIPLIED = {"doubled": 2, "doubles": 2, "doubling": 2, "tripled": 3, "triples": 3, "tripling": 3,
               "trebled": 3, "trebles": 3, "trebling": 3, "quadrupled": 4, "quadruples": 4, "quadrupling": 4}
# A comparison with the thing's own past, either way ("three times weaker than before" is a
# threefold change as "decreased threefold" is; `language.told_plainly` writes its words so, and
# `opposites` reads its direction): against anything else ("three times lower than in the north")
# no multiple of what was (helper dup145a; `told_plainly.AGAINST_ITS_PAST`).
#: "N times higher / more / greater": a multiple of what was (an amount's upward words only).
_AMOUNT_UP = "|".join(upward(AMOUNT_DIMENSIONS))
_HEDGE_BEFORE = r"(?P<hedge>(?:nearly|almost|about|around|roughly|more\s+than|over|close\s+to|some)\s+)?"
_MULTIPLE_RE = re.compile(
    _HEDGE_BEFORE + rf"(?:(?P<verb>{'|'.join(_MULTIPLIED)})\b(?!\s+(?:as|up|down|back|over)\b)"
    rf"|(?P<n>{_COUNT_ALT}|\d{{1,3}}(?:\.\d)?)\s+times\s+(?=(?:{_AMOUNT_UP}|as\s+(?:much|many|high|large"
    r"|big)|the\s+(?:level|rate|number|amount|price|average|figure))\b|" + AGAINST_ITS_PAST + ")"
    r"|(?P<twice>twice)\s+(?=(?:as\s+(?:much|many|high|large|big)|the\s+(?:level|rate|number|amount|price))\b)"
    rf"|(?P<fold>{_COUNT_ALT}|\d{{1,3}})-?fold\b)", re.I)
#: A hedged multiple ("nearly tripled") holds this part of its value either way.
MULTIPLE_BAND = 0.15


#: A word every multiple holds (`_MULTIPLE_RE`): a line without one is not searched, since the
#: pattern's optional hedge makes it try every position (44 us a claim on dense news, against 1).
_MULTIPLE_HINT = re.compile(r"doubl|tripl|trebl|quadrupl|times|twice|fold", re.I)
#: A part word every `_PART_OF` and `_BY_PART` match holds, searched for first as above.
_PART_HINT = re.compile(r"half|halves|third|quarter|fourth|fifth|sixth|eighth|tenth|twentieth|hundredth", re.I)


def word_multiples(text: str) -> list[Quantity]:
    """The multiples written in words in `text` (offsets into `text`): unit MULTIPLE."""
    out: list[Quantity] = []
    if not _MULTIPLE_HINT.search(text):
        return out
    for m in _MULTIPLE_RE.finditer(text):
        if m.group("verb"):
            value = float(_MULTIPLIED[m.group("verb").lower()])
        elif m.group("twice"):
            value = 2.0
        elif m.group("fold"):
            value = float(_count(m.group("fold")))
        else:
            value = float(m.group("n")) if m.group("n")[0].isdigit() else float(_COUNTS[m.group("n").lower()])
        if value < 2:
            continue
        hedged = m.group("hedge") is not None
        band = MULTIPLE_BAND if hedged else 0.0
        end = m.end("verb") if m.group("verb") else m.end()
        out.append(Quantity(text=text[m.start():end].strip(), value=value, low=value * (1 - band),
                            high=value * (1 + band), approximate=hedged, unit=MULTIPLE, start=m.start(), end=end))
    return out


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


def word_shares(text: str) -> list[Quantity]:
    """The shares and parts of a measure written in words in `text` (offsets into `text`)."""
    out: list[Quantity] = []
    for m in _ONE_IN.finditer(text):
        n, d = _count(m.group("n")), _count(m.group("d"))
        if 0 < n < d:
            out.append(_share(text, m.start(), m.end(), 100.0 * n / d))
    if not _PART_HINT.search(text):
        return out
    for m in _BY_PART.finditer(text):
        n, parts = (1, 2) if m.group("part").lower() == "half" else (_count(m.group("n")), _PARTS[m.group("p").lower()])
        if n < parts:
            out.append(_share(text, m.start("part"), m.end("part"), 100.0 * n / parts))
    taken = [(q.start, q.end) for q in out]
    for m in _PART_OF.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if _ORDINAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if m.group("half"):
            part = 0.5
        else:
            n, parts = _count(m.group("n")), _PARTS[m.group("p").lower()]
            if n >= parts:
                continue
            part = n / parts
        measure = m.group("m1") or m.group("m2")
        if measure:  # "half a percentage point": 0.5 of the measure, as written
            unit = MEASURES[" ".join(measure.lower().split())]
            out.append(Quantity(text=text[m.start():m.end()], value=part, low=part, high=part, approximate=False,
                                unit=unit, start=m.start(), end=m.end()))
        else:
            end = m.end("p") if m.group("p") else m.end("half")  # "a third" of "a third of teachers"
            out.append(_share(text, m.start(), end, 100.0 * part))
    return sorted(out, key=lambda q: q.start)


def _share(text: str, start: int, end: int, pct: float) -> Quantity:
    return Quantity(text=text[start:end], value=round(pct, 2), low=pct * (1 - SHARE_BAND),
                    high=pct * (1 + SHARE_BAND), approximate=True, unit="%", start=start, end=end)


def with_shares(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with the word shares of `text` in place of the figures read inside their spans."""
    shares = word_shares(text) + word_multiples(text)
    if not shares:
        return found
    kept = [q for q in found if not any(s.start < q.end and q.start < s.end for s in shares)]
    return sorted(kept + shares, key=lambda q: q.start)
