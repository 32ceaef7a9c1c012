"""Dates in text: "13 June", "June 13th, 2024", "2024-06-13", "Thursday", "yesterday", "in 2019".

Quantity reading (`figures.numbers`) keeps these spans out of the figures; extraction and matching
read them as dates (`find_dates`). Short wire dates ("13/06", "the 14th") are `short_dates`'s.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from functools import lru_cache

from workbench.core.figures.rules import MEASURES
from workbench.core.figures.short_dates import day_month_dates, day_only_dates
from workbench.core.figures.shouting import unshout
from workbench.core.language.slips import slip_forms
from workbench.core.language.verbs import finditer_from, trie_regex
from workbench.core.model import DateMention


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SPACES = re.compile(r"\s+")


MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
#: Forms of a month name that are words or names themselves: never read as the month.
_MONTH_SLIPS_THEMSELVES = frozenset(["augst"])


def _month_slips() -> dict[str, int]:
    """The long month names (six letters or more) with one typing slip ("Septtember", "Febuary",
    "Novmber", "Septembre"), read as the month: without this "on Septtember 3" is no date and its
    day reads as a figure that clashes with every correct retelling. Shorter names are left out:
    their slips make words ("Mach", "Marc", "Jule")."""
    out: dict[str, int] = {}
    for name, number in MONTHS.items():
        if len(name) >= 6:
            for form in slip_forms(name, shortest=5):
                if form not in MONTHS and form not in _MONTH_SLIPS_THEMSELVES:
                    out[form] = number
    return out


#: a month name mistyped -> the month's number
MONTH_SLIPS = _month_slips()
_SLIP_ALT = trie_regex(sorted(k.capitalize() for k in MONTH_SLIPS))
_MONTH_ALT = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    rf"|{_SLIP_ALT}"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)


def month_number(name: str) -> int:
    """1-12 for a month's name, abbreviation (with or without its dot) or a slip of a long name."""
    key = name.rstrip(".").lower()
    return MONTHS.get(key) or MONTH_SLIPS[key]
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
             "sunday": 6}
#: Counted nouns a four-digit number before them counts, no year ("2000 people", "1500 troops"):
#: the figure reader keeps such a number a count (`figures.numbers`), and no year is read there.
COUNT_AFTER_YEAR = re.compile(r"\s+(?:people|persons|soldiers|troops|men|women|children|dead|deaths|cases|km)\b")
#: A year written as a modifier, after an article or a possessive and before its noun: "the 2022
#: election", "Kenya's 2017 vote", "a 2019 report" date the thing named as "the election in 2022"
#: does (helper not133: two claims told of "the 2018 election" / "the 2022 election" are two
#: elections). Not before a count ("the 2000 people"), a plural that may be counted ("the 1500
#: protesters"; "-ions" plurals are events: "the 2019 elections") or a unit ("a 2000 km border").
_MEASURE_WORDS = trie_regex(sorted({w.split()[0] for w in MEASURES if w.split() and w.split()[0].isalpha()}))
_YEAR_MODIFIER = (r"(?:(?<![\w'’])(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)|(?<=\w)['’]s?)"
                  r"\s+(?P<y6>(?:1[89]|20)\d\d)(?=\s+[A-Za-z])"
                  rf"(?!{COUNT_AFTER_YEAR.pattern})(?!\s+(?:{_MEASURE_WORDS})\b)"
                  r"(?!\s+[A-Za-z]*s\b(?<!ss)(?<!us)(?<!is)(?<!ions))")
_DATE_RE = re.compile(
    rf"\b(?:"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_ALT})(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<m2>{_MONTH_ALT})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<m3>{_MONTH_ALT})(?:\s+of)?\s+(?P<y3>\d{{4}})"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"|(?P<rel>yesterday|today|tonight|last\s+night|this\s+morning)"
    rf"|(?:in|since|by|until|of|during|early|late|mid-?)\s+(?P<y4>(?:1[89]|20)\d\d)\b"
    rf"|(?P<m4>January|February|March|April|June|July|August|September|October|November|December|{_SLIP_ALT})\b"
    # (a sentence may open with it: "In May, the group announced ..."; helper dupb109). Not before a
    # day or a year: "until May 22", "in May 2024" are read from 'May' on (m2, m3), with their day and
    # year, else the day was left a bare figure that clashed with a count (helper dup149b)
    rf"|(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his|[Mm]id-)\s+(?P<m5>May)\b(?!\s+\d)"
    rf"|{_YEAR_MODIFIER}"
    rf")(?![\w-])",
)


#: where a match of `_DATE_RE` can start: a word boundary before a day and a capital (a month), a year
#: and a hyphen (ISO), or a word its alternatives open with (a month, a weekday, a relative day; a word
#: before a year, 'May', 'night' or 'morning'); each match consumes only word characters, so no later
#: start is skipped
_DATE_START = re.compile(
    r"\b(?:\d{1,2}(?=(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z])|\d{4}(?=-)|" + trie_regex(sorted({k.capitalize() for k in (*MONTHS, *MONTH_SLIPS, *WEEKDAYS)} | {"yesterday", "today", "tonight"}))
    + "|" + trie_regex(sorted(_words("in since by until of during early late mid last next this")))
    + r"(?=-?\s+(?:[12]|May|night|morning))"
    + "|" + trie_regex(sorted(_words("In Since By Until During Early Late Mid Last Next This"))) + r"(?=-?\s+May\b(?!,?\s+\d))"
    # (a year as a modifier: `_YEAR_MODIFIER`)
    + "|" + trie_regex(sorted(_words("the The a A an An its Its his His her Her their Their our Our")))
    + r"(?=\s+[12]\d{3}\b)|['’]s?(?=\s+[12]\d{3}\b))")
#: a capitalised word after a day and month that is no month or weekday: the date opens a name
_NAME_GOES_ON = re.compile(r"\s+(?!(?:" + "|".join(k.capitalize() for k in (*MONTHS, *WEEKDAYS)) + r")\b)[A-Z][a-z]")
_DATE_HINT = re.compile(r"\d|day\b|" + trie_regex(sorted(
    _words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec night morning"))))


@lru_cache(maxsize=4)
def _date_matches(text: str) -> tuple[re.Match[str], ...]:
    """Date matches of `text`; cached for the few most recent strings because extraction asks for
    the dates of a sentence twice (to keep them out of the quantities, and as dates)."""
    text = unshout(text)  # "ON 13 JUNE": a headline in capitals (the same offsets)
    if _DATE_HINT.search(text) is None:
        return ()
    # (tried only where one of its alternatives can open: its big alternation at every position was
    # most of the time)
    return tuple(finditer_from(_DATE_RE, _DATE_START, text))


def date_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _date_matches(text) if not m.group("wd") and not m.group("rel")]


#: "27/09/2013", "27 / 09 / 2013", and the two-digit year of "10 Nov 11": dates, no figures
_NUMERIC_DATE = re.compile(r"\b\d{1,2}\s?/\s?\d{1,2}\s?/\s?(?:\d{4}|\d{2})(?!\d)")
_SHORT_YEAR = re.compile(rf"\b\d{{1,2}}\s+{_MONTH_ALT}\s+(\d{{2}})(?=\s*(?:[.,;)]|$))")


#: "3.3.2024", "03.03.2024": a date written with dots is day first wherever it is written so
#: (continental Europe, Russia, much of Africa and Latin America); only with a four-digit year,
#: so "1.2.3" and "2.000.000" stay what they are
_DOTTED_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.]\d)")


def _dotted_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO value) of each dotted date that names a real day."""
    out = []
    for m in _DOTTED_DATE.finditer(text) if "." in text else ():
        value = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1))) if 1 <= int(m.group(2)) <= 12 else None
        if value:
            out.append((m.start(), m.end(), value))
    return out


def dotted_date_spans(text: str) -> list[tuple[int, int]]:
    """Where the text's dotted dates are: no figures there."""
    return [(a, b) for a, b, _ in _dotted_dates(text)]


def numeric_date_spans(text: str) -> list[tuple[int, int]]:
    text = unshout(text)
    dotted = dotted_date_spans(text)
    if "/" not in text and not _DATE_HINT.search(text):
        return dotted
    return (dotted + [(m.start(), m.end()) for m in _NUMERIC_DATE.finditer(text)]
            + [(m.start(1), m.end(1)) for m in _SHORT_YEAR.finditer(text)]
            + [(a, b) for a, b, _, _ in day_month_dates(text)])


def _iso(y: int | None, mo: int, d: int | None) -> str | None:
    if y is None:
        return None
    try:
        if d is None:
            return f"{y:04d}-{mo:02d}"
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def _infer_year(mo: int, d: int | None, reference: date | None) -> int | None:
    """Year of a day-month mention: the reference year, or the previous one if that lands far ahead."""
    if reference is None:
        return None
    y = reference.year
    try:
        candidate = date(y, mo, d or 1)
    except ValueError:
        return y
    if candidate - reference > timedelta(days=60):
        return y - 1
    return y


def either_way(text: str) -> list[tuple[int, int, int]]:
    """Both readings (year, month, day) of a full numeric date that reads either way round
    ("03/05/2024": 3 May or 5 March); empty for any other text ("27/11/2024" reads one way only)."""
    m = _NUMERIC_DATE.fullmatch(text.strip())
    if m is None:
        return []
    x, y, year = (int(v) for v in re.findall(r"\d+", m.group(0)))
    if year < 1000 or x == y or not (1 <= x <= 12 and 1 <= y <= 12):
        return []
    return [(year, y, x), (year, x, y)]


#: A deadline at a month's end ("until the end of August 2027", "by the end of March 2025"): its last
#: day, as another outlet writes it ("until August 31, 2027"; helper figures141), so that "until the
#: end of March 2025" / "expires on March 15, 2025" clash. Only after a word of a deadline: "at the end
#: of June" tells a time late in the month, not one day.
_END_OF = re.compile(r"\b(?:until|till|through|by|to)\s+the\s+(?:very\s+)?end\s+of\s+$", re.I)


def find_dates(text: str, reference: date | None = None) -> list[DateMention]:
    """Every date mention in `text`; relative ones ("on Sunday") resolved against `reference`.

    A weekday resolves to the most recent such day on or before `reference`; "yesterday" to the
    day before. Day-month mentions take the reference year (or the year before when that would
    put them more than two months after the reference). Unresolvable mentions keep value None.
    """
    out: list[DateMention] = []
    written, text = text, unshout(text)  # the same offsets; mentions quote the text as written
    for m in _date_matches(text):
        value: str | None = None
        g = m.group
        start = m.start()
        if g("d1") or g("d2"):
            if text[max(0, start - 4):start].lower() == "the " and _NAME_GOES_ON.match(text, m.end()):
                continue  # "the March 23 Movement", "the 6 April Youth Movement": a name, no date
            mo = month_number(g("m1") or g("m2"))
            d = int(g("d1") or g("d2"))
            if not 1 <= d <= 31:
                continue
            y_raw = g("y1") or g("y2")
            y = int(y_raw) if y_raw else _infer_year(mo, d, reference)
            value = _iso(y, mo, d)
        elif g("m3"):
            mo = month_number(g("m3"))
            y = int(g("y3"))  # "until the end of August 2027": its last day (`_END_OF`)
            end_of = _END_OF.search(text, max(0, start - 30), start) and 1 <= mo <= 12 and 1 <= y <= 9999
            value = _iso(y, mo, monthrange(y, mo)[1] if end_of else None)
        elif g("iso"):
            value = g("iso")
        elif g("wd"):
            if reference is not None:
                delta = (reference.weekday() - WEEKDAYS[g("wd").lower()]) % 7
                value = (reference - timedelta(days=delta)).isoformat()
        elif g("rel"):
            word = _SPACES.sub(" ", g("rel").lower())
            if reference is not None:
                shift = 1 if word == "yesterday" else 0
                value = (reference - timedelta(days=shift)).isoformat()
        elif g("y4") or g("y6"):
            start = m.start("y4") if g("y4") else m.start("y6")
            value = g("y4") or g("y6")
        elif g("m4") or g("m5"):
            if g("m5"):
                start = m.start("m5")
            mo = month_number(g("m4") or g("m5"))
            y = _infer_year(mo, None, reference)
            value = _iso(y, mo, None) if y else None
        out.append(DateMention(text=written[start:m.end()], value=value, start=start, end=m.end()))
    for m in _NUMERIC_DATE.finditer(text) if "/" in text else ():
        # "27/11/2024": day first, as most of the world writes it; month first only when the second
        # number cannot be a month ("11/27/2024"); either way round ("03/05/2024") it is a date
        # with no value, which matching reads both ways (`match.knowledge.read_dates`)
        x, y, year = (int(v) for v in re.findall(r"\d+", m.group(0)))
        day, mo = (x, y) if x > 12 or x == y else (y, x) if y > 12 else (0, 0)
        value = _iso(year, mo, day) if year >= 1000 and 1 <= mo <= 12 else None
        if (value or either_way(m.group(0))) and not any(d.start < m.end() and m.start() < d.end for d in out):
            out.append(DateMention(text=written[m.start():m.end()], value=value, start=m.start(), end=m.end()))
    for a, b, value in _dotted_dates(text):
        if not any(d.start < b and a < d.end for d in out):
            out.append(DateMention(text=written[a:b], value=value, start=a, end=b))
    taken = [(d.start, d.end) for d in out]  # "13/06", "the 14th": `short_dates`
    short = [(a, b, _iso(_infer_year(mo, d, reference), mo, d)) for a, b, d, mo in day_month_dates(text)]
    for a, b, value in short + [(a, b, None) for a, b in day_only_dates(text)]:
        if not any(x < b and a < y for x, y in taken):
            out.append(DateMention(text=written[a:b], value=value, start=a, end=b))
    return sorted(out, key=lambda x: x.start)


def parse_reference(published: str | None) -> date | None:
    """An ISO date (or datetime) string -> date, or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
