"""Quantities and dates in text, normalised so that "some 500,000" and "half a million" compare.

What hedges, vague magnitudes and units mean (the bounds) is the rulebook's (`figures.rules`);
number words are read by `figures.words`. This module finds them in running text: `counted` is
the head noun that follows ("soldiers", "people"); `unit` is set instead for percentages ("%"),
money ("USD", "EUR", "GBP", ...) and measures ("km", "years", ...). Dates, times, years and
vague durations ("a few days") are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from workbench.core.figures.changes import as_change, old_in_new_unit
from workbench.core.figures.currencies import (
    MONEY_AFTER_PATTERN,
    MONEY_BEFORE_PATTERN,
    MONEY_SIGN_AT,
    money_after,
    money_before,
)
from workbench.core.figures.dates import (  # noqa: F401 (find_dates, parse_reference: read from here too)
    COUNT_AFTER_YEAR,
    MONTHS,
    WEEKDAYS,
    date_spans,
    find_dates,
    numeric_date_spans,
    parse_reference,
)
from workbench.core.figures.halves import composed, spell_halves
from workbench.core.figures.number_of import counted_before, members_counted, parts_counted
from workbench.core.figures.number_slips import respell
from workbench.core.figures.rules import (
    AGE,
    CONVERSION_BAND,
    HEDGES,
    MEASURES,
    SCALED_UNITS,
    VAGUE_BOUNDS,
    Hedge,
    hedge_of,
    hedged_bounds,
    is_vague_duration,
    vague_bounds,
)
from workbench.core.figures.separators import COMMA_SPACE, as_commas
from workbench.core.figures.shares import with_shares
from workbench.core.figures.short_dates import stamp_end
from workbench.core.figures.words import (
    FRACTIONS,
    NUMBER_WORDS_PATTERN,
    SCALE_ALT,
    SCALES,
    TENS,
    UNITS,
    WORD_ALT,
    parse_number_words,
    scale_factor,
)
from workbench.core.language.countries import country_short_names
from workbench.core.language.people import PERSON_NOUNS
from workbench.core.language.slips import mistyped
from workbench.core.language.verbs import trie_regex
from workbench.core.model import Quantity

# ---------------------------------------------------------------------------------------------
# Patterns

_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"  # ".85 cent": a decimal without its 0
_SCALE_SUFFIX = rf"(?:[\s-]*(?:{SCALE_ALT})\b|(?:bn|mn|mln|m|k|tn)\b)"
_NUM = rf"(?:{_DIGITS}(?:{_SCALE_SUFFIX})?|{NUMBER_WORDS_PATTERN}\b)"
_CURRENCY_PREFIX = MONEY_BEFORE_PATTERN  # "$", "A$", "Rp", "KSh ", "USD " (`figures.currencies`)
_MEASURE_ALT = "|".join(sorted((re.escape(k) for k in MEASURES), key=len, reverse=True))
_APPROX_ALT = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in HEDGES), key=len, reverse=True))
_VAGUE_ALT = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in VAGUE_BOUNDS), key=len, reverse=True))

_QUOTE_CHARS = "\"'“”‘’"
_DOUBLE_QUOTES = "\"“”"
_DOUBLE_QUOTE_RE = re.compile(r"[\"“”]")
_Q = rf"[{_QUOTE_CHARS}]?"

_AMOUNT = rf"(?P<cur>{_CURRENCY_PREFIX})?(?P<num>{_NUM})"
_QUANTITY_RE = re.compile(
    rf"(?<![\w.,:/$€£-])(?:(?P<approx>{_APPROX_ALT})\s+)?"
    rf"(?:"
    rf"(?:between|from)\s+(?P<r1cur>{_CURRENCY_PREFIX})?(?P<r1>{_NUM})\s+(?:and|to)\s+(?P<r2cur>{_CURRENCY_PREFIX})?(?P<r2>{_NUM})"
    rf"|(?P<r3cur>{_CURRENCY_PREFIX})?(?P<r3>{_DIGITS}(?:{_SCALE_SUFFIX})?)\s*(?:-|–|to)\s*(?P<r4cur>{_CURRENCY_PREFIX})?(?P<r4>{_DIGITS}(?:{_SCALE_SUFFIX})?)"
    rf"|(?P<r5>{NUMBER_WORDS_PATTERN})\s+to\s+(?P<r6>{NUMBER_WORDS_PATTERN}|\d{{1,3}}(?![\d,.]))\b"
    rf"|{_Q}(?P<vague>{_VAGUE_ALT}){_Q}"
    rf"|{_AMOUNT}"
    rf")"
    rf"(?P<post>[\s-]*(?:%|(?:{_MEASURE_ALT})\b|{MONEY_AFTER_PATTERN}))?",
    re.IGNORECASE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_COUNT_STOP = _words(
    "of the a an and or but to in on at by for from with as that which who was were is are be been "
    "had has have will would could may might than more less per this these those its their his her "
    "it they he she we you i said says according when after before since during while including "
    "into onto off out up down over under across about around near each"
)
_PLURAL_IRREGULAR = _words("people police children men women staff personnel troops cattle crew aircraft livestock sheep")
_NOT_COUNTED = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december killed used"
)
_PLUS_AFTER = re.compile(r"(?:-plus\b|\+)(?![\w+])", re.I)
#: Words before the noun counted that say which of them, not what ("other", "new"; "one working
#: exit" / "several working exits", "the two remaining hostages" count exits and hostages: helper opp113).
_COUNT_ADJ = _words("other more additional new separate further extra working functioning operational operating "
                    "remaining existing usable")
#: Nouns ending as superlatives do ("the 3 largest ...": nothing counted): "99 forest fires", "12 protest
#: camps" count fires and camps (helper pairsnot7).
_EST_NOUNS = _words("forest protest harvest arrest interest request contest test guest conquest inquest unrest "
                    "chest nest pest quest west rest")
_COUNTED_RE = re.compile(r"[\"”]?\s*(?:of\s+(?:the\s+|their\s+|its\s+)?)?((?:[A-Za-z][\w'-]*\s+){0,3}[A-Za-z][\w'-]*)")


@lru_cache(maxsize=65_536)  # once per counted word: the slip test scans every unit word
def meant_measure(word: str | None) -> str | None:
    """A counted word that is a unit word with a typing slip ("hourrs", "kilometrs") -> that unit
    word (a time unit then makes "several hourrs" a time expression, no figure); else the word."""
    if not word or word in MEASURES:
        return word
    meant = mistyped(word, MEASURES)
    return meant if meant in MEASURES else word


def _parse_amount(raw: str) -> float | None:
    raw = raw.strip()
    m = _DIGITS_SCALE.fullmatch(raw)
    if m:
        value = float(m.group(1).replace(",", ""))
        scale = m.group(2)
        if scale:
            value *= scale_factor(scale) or 1
        return value
    return parse_number_words(raw)


_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")


def _shared_scale(raw_low: str, low: float, raw_high: str, high: float) -> float:
    """The low end of a range whose scale word is written once, after the high end: "2 to 3
    million", "between two and three thousand" start at 2,000,000 and 2,000 (not at 2). Only when
    the low end has no scale of its own and is at most the high end's leading number ("ten to two
    hundred" stays 10)."""
    def scale_at_end(raw: str) -> int | None:
        last = _LAST_WORD.search(raw)
        return scale_factor(last.group(1)) if last else None

    factor = scale_at_end(raw_high)
    if not factor or factor < 100 or scale_at_end(raw_low):
        return low
    return low * factor if low * factor <= high else low


def _counted(text: str, end: int) -> tuple[str | None, int]:
    """The head noun counted after position `end`, and where it ends."""
    m = _COUNTED_RE.match(text, end)
    if not m:
        return None, end
    words = m.group(1).split()
    offsets = []
    pos = m.start(1)
    for w in words:
        pos = text.index(w, pos)
        offsets.append((w, pos + len(w)))
        pos += len(w)
    chosen: tuple[str, int] | None = None
    first = True
    for w, stop in offsets:
        low = w.lower().strip("'")
        if low in _COUNT_ADJ:
            continue
        if low in _COUNT_STOP or low in _NOT_COUNTED or low.endswith("est") and low not in _EST_NOUNS:
            break
        if low in _PLURAL_IRREGULAR or (low.endswith("s") and not low.endswith("ss") and len(low) > 3) \
                or low.endswith("men") and len(low) > 4:  # "gunmen", "militiamen", "fishermen"
            chosen = (low, stop)
            break
        if first:
            chosen = (low, stop)
            first = False
    if chosen is None:
        return None, end
    return chosen


def quantity_from_text(text: str) -> Quantity | None:
    """The first quantity in a short phrase ("some 500,000 people"), or None."""
    found = find_quantities(text)
    return found[0] if found else None


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, with offsets into `text`. Dates, times and years are not quantities.
    A quantity's `text` is `text[start:end]` without quotation marks (never at its ends)."""
    # "2, 000ft", "2 000", "1.500 protesters" read with commas (same length); "15 tousand" as 15,000
    stamp = stamp_end(text)  # "14:32 GMT - ...": a time of day opening the line, kept out
    scan, back = respell(as_commas(dash_before_count(" " * stamp + text[stamp:] if stamp else text)))
    scan, halves_back = spell_halves(scan)  # "two and a half years": 2.5 years
    back = composed(back, halves_back)
    # "cut from $10 to $8": a change, two figures (`changes`), not a range
    found = parts_counted(scan, old_in_new_unit(scan, with_shares(scan, [members_counted(scan, counted_before(scan, in_base_unit(p)))
                                                     for q in _find_quantities(scan) for p in (as_change(scan, q) or [q])])))
    if scan != text:
        ends = {m.end() - 1: m.end() for m in COMMA_SPACE.finditer(text)}  # "3,050 " ends a space earlier
        for q in found:
            if back is not None:
                q.start, q.end = back[q.start], back[q.end - 1] + 1
            q.end = ends.get(q.end, q.end)
            q.text = _DOUBLE_QUOTE_RE.sub("", text[q.start:q.end])
    return found


#: A hyphen written for a dash between a word and a number word ("the three bank workers-two women
#: and a man-were killed"): the number opens another figure, not a compound of the word before
#: ("twenty-two", "forty-five": a number word before the hyphen, left alone).
_WORD_DASH_NUMBER = re.compile(rf"\b([a-z]{{3,}})-(?=(?:{WORD_ALT})\b)", re.IGNORECASE)
_NUMBER_WORD = re.compile(rf"(?:{WORD_ALT})", re.IGNORECASE)


def dash_before_count(text: str) -> str:
    """`text` with such a hyphen read as a space (same length: offsets stay those of `text`)."""
    if "-" not in text:
        return text
    return _WORD_DASH_NUMBER.sub(lambda m: m.group(0) if _NUMBER_WORD.fullmatch(m.group(1)) else f"{m.group(1)} ", text)


def _find_quantities(text: str) -> list[Quantity]:
    anchors = _anchors(text)
    if not anchors:
        return []
    masked = date_spans(text) + numeric_date_spans(text)
    out: list[Quantity] = []
    for m in _candidates(text, anchors):
        start, end = m.start(), m.end()
        if masked and any(s <= m.start("num" if m.group("num") else 0) < e for s, e in masked):
            continue
        kind = hedge_of(m.group("approx"))
        if kind == Hedge.OVER and m.group("approx").lower() == "over" \
                and _PARTICLE_OVER.search(text, max(0, start - 16), start):
            kind, start = None, len(text) - len(text[m.end("approx"):].lstrip())  # "handed over three hostages"
        elif kind == Hedge.UP_TO and m.group("approx").lower().startswith("up") \
                and PARTICLE_UP.search(text, max(0, start - 16), start):
            kind, start = None, len(text) - len(text[m.end("approx"):].lstrip())  # "went up to 450": 450
        raw_post = (m.group("post") or "").strip(" -\t\n")
        post = raw_post.lower()
        unit: str | None = None
        if post and not (post == "c" and not m.group("post")[:1].isalpha()):  # "47C", not "section 5 C"
            unit = MEASURES.get(post) or money_after(raw_post) or ("%" if post == "%" else None)
        cur = next((m.group(g) for g in ("cur", "r1cur", "r2cur", "r3cur", "r4cur") if m.group(g)), None)
        if cur:
            unit = money_before(cur)
        value: float | None
        low: float | None
        high: float | None
        approximate = kind is not None
        if m.group("vague"):
            low, high = vague_bounds(m.group("vague"), kind)
            value = None
            approximate = True
            scaled = _SCALES_AFTER.match(text, m.end("vague"))
            if scaled and high is not None and high < 24 and not m.group("post"):
                # "several hundred homes": 300-900, not "several" (3-9) of "hundred homes"
                factor = 1
                for w in scaled.group(0).split():
                    factor *= scale_factor(w) or 1
                low, high = (low * factor if low is not None else None), high * factor
                end = scaled.end()
        elif m.group("r1") or m.group("r3") or m.group("r5"):
            a = _parse_amount(m.group("r1") or m.group("r3") or m.group("r5"))
            b = _parse_amount(m.group("r2") or m.group("r4") or m.group("r6"))
            if a is None or b is None:
                continue
            a = _shared_scale(m.group("r1") or m.group("r3") or m.group("r5"), a,
                              m.group("r2") or m.group("r4") or m.group("r6"), b)
            if (m.group("r3") or m.group("r5")) and b <= a:  # "1990-91", "10-4" scores, "ten to five": not a range
                continue
            if _looks_like_year(a) and _looks_like_year(b) and (m.group("r3") or _is_period(text, m)):
                continue  # "1990-91", "from 1976 to 1980", "between 2001 and 2003": a period, no figure
            low, high = a, b
            value = (a + b) / 2
            approximate = True
            if unit is None and not kind and high < 120 and _AGED_SPAN.search(text, max(0, start - 12), start):
                unit = AGE  # "aged between ten and fifteen", "aged 10 to 15": an age span (helper opp105)
        else:
            raw = m.group("num")
            if raw.lower() == "one" and not kind and text[end:end + 4].lower() == " of " \
                    and not _OF_A_COUNT.match(text, end):
                continue  # "one of the world's biggest": not a count; "one of the 81 deputies" is
            if raw.lower() in ("one",) and not kind and not unit:
                # "one of the", "no one": too ambiguous as a count unless something is counted
                prev = text[max(0, start - 6):start].lower()
                if PRONOUN_BEFORE_ONE.search(prev):
                    continue
            parsed = _parse_amount(raw)
            if parsed is None:
                continue
            value = parsed
            if not unit and not kind and _is_year_like(text, m, parsed):
                continue
            if not unit and _TIME_OR_ORDINAL.match(text, end):
                continue  # times and ordinals
            if not unit and _DECADE.match(text, end) and parsed % 10 == 0:
                continue  # "in the 90's", "the 1990s": a decade
            if not unit and raw[-1:].isdigit() and NAMED_BY_NUMBER.match(text, m.end("num")):
                continue  # "the 76ers", "the 49ers": a name made of a number, no count
            decimal_comma = _DECIMAL_COMMA.match(text, m.start("num"))
            if decimal_comma:  # "1,2 million", "3,4 million": a decimal comma before a scale word
                value = parsed = float(decimal_comma.group(1) + "." + decimal_comma.group(2)) * (
                    scale_factor(decimal_comma.group(3)) or 1)
                end = decimal_comma.end()
            if _MONTH_DAY.match(text, m.start("num")):
                continue  # "9/11", "7/7": a date (a fraction's denominator is 2, 3, 4 or 8)
            if _FRACTION_PART.match(text, m.start("num")) and text[max(0, m.start("num") - 2):m.start("num")][:1].isdigit():
                continue  # the "1/2" of "2 1/2": read with its whole number
            mixed = _MIXED.match(text, m.start("num"))
            if mixed:  # "2 1/2 weeks", "21/2-week" (the same with the space lost)
                whole, part, den = int(mixed.group(1)), int(mixed.group(2) or mixed.group(3)), int(mixed.group(4))
                if part >= den:
                    continue
                value = parsed = whole + part / den
                end = mixed.end() + (text[mixed.end():mixed.end() + 1] == "-")
            elif (vulgar := _VULGAR_AFTER.match(text, m.end("num"))) and raw.isdigit():
                value = parsed = parsed + _VULGAR[vulgar.group(1)]  # "2 ½ servings"
                end = vulgar.end()
            elif not unit and (part_of := _FRACTION_OF_UNIT.match(text, m.end("num"))):
                # "three quarters of a percent": 0.75 %, not 3 quarters
                value = parsed = parsed * FRACTIONS[part_of.group(1).lower().rstrip("s").replace("halve", "half")]
                unit = MEASURES[" ".join(part_of.group(2).lower().split())]
                end = part_of.end()
            elif not unit and raw[-1:] in "mMkK" and raw[-2:-1].isdigit() and _UNIT_PREFIX_LIST.match(text, end):
                # "rates of 11M, 22M and 55Mbit/sec", "128M bytes": a unit prefix (mega-), not a million
                value = parsed = float(raw[:-1].replace(",", ""))
            elif cur and raw[-1:].isdigit() and (mm := _MM_AFTER.match(text, m.end("num"))):
                value = parsed = parsed * 1_000_000  # "$200MM": millions, as finance writes them
                end = max(end, mm.end())
            if not unit and (RICHTER_AFTER.match(text, end) or _MAGNITUDE_BEFORE.search(text[max(0, start - 16):start])
                             or ("." in raw and parsed < 10 and _QUAKE_AFTER.match(text, end))):
                # "6.1 on the Richter scale", "a magnitude 6.4 quake" (helper pairsdup6), "a 5.2 aftershock"
                # (a decimal below 10 before a quake is its magnitude; "two aftershocks" count)
                unit = "magnitude"
            if not unit and raw.isdigit() and (dozen := _DOZEN_AFTER.match(text, end)):
                value = parsed = parsed * 12  # "2 dozen activists": 24, as "two dozen" is
                end = dozen.end()
            if (not unit or cur) and raw[-1:].isdigit() and (apart := _M_APART.match(text, end)):
                if not cur and not _COUNTED_FOLLOWS.match(text, apart.end()):
                    unit = "m"  # "fell to 12.7 m at Manaus", "a 3 m wall": metres
                else:
                    value = parsed = parsed * 1_000_000  # "$4 m deal", "4 m people": a million set apart
                end = apart.end()
            if unit in (None, "years") and (not kind or unit and kind in _AGE_BOUNDS) \
                    and _is_age(text, m.start("num"), end, parsed, unit):
                unit = AGE  # "Peterson, 31, is charged", "31 years old", "a 31-year-old", "under five years old"
            if not unit and text[max(0, start - 4):start].lower().endswith(("no. ", "no.")):
                continue  # "No. 10"
            if not unit and not kind and _MODEL_NAME.search(text, max(0, start - 5), start):
                continue  # "AK 47", "AK-47", "F-16", "G8": names, not counts ("A 6.1 quake": an article)
            if not kind and (plus := _PLUS_AFTER.match(text, end)):  # "300-plus", "300+ people": over 300
                kind, approximate, end = Hedge.OVER, True, plus.end()
            low, high = hedged_bounds(parsed, kind)
        counted: str | None = None
        q_end = end
        if unit is None:
            counted, q_end = _counted(text, end)
            counted = meant_measure(counted)  # "several hourrs": hours, mistyped
            if counted and counted in MEASURES:
                unit, counted = MEASURES[counted], None
        if is_vague_duration(value, unit):
            continue  # "a few days", "several weeks": a time expression, not a figure
        if counted is None and unit is None and value == 1 and not kind and not _OF_A_COUNT.match(text, end):
            continue  # a bare "one" is a pronoun far more often than a count (not "one of the 81": below)
        while start < q_end and text[start] in _QUOTE_CHARS:
            start += 1
        while q_end > start and text[q_end - 1] in _DOUBLE_QUOTES:
            q_end -= 1
        out.append(Quantity(
            # the words at [start, end) without quotation marks: '"hundreds" of soldiers' -> 'hundreds of soldiers'
            text=_DOUBLE_QUOTE_RE.sub("", text[start:q_end]),
            value=value, low=low, high=high, approximate=approximate, counted=counted, unit=unit,
            start=start, end=q_end,
        ))
    for q, nxt in zip(out, out[1:], strict=False):
        if q.counted and nxt.start <= q.end and _is_number_word(q.counted):
            q.counted = nxt.counted  # "seven of the nine candidates": seven candidates
        elif q.counted is None and q.unit is None and nxt.counted and _PART_OF.fullmatch(text, q.end, nxt.start):
            q.counted = nxt.counted  # "45 of the 120 seats": 45 seats
    return out


def in_base_unit(q: Quantity) -> Quantity:
    """A figure in a unit read as a multiple of another (`rules.SCALED_UNITS`: "15 cm" as 150 mm,
    "50 bps" as 0.5 percentage points); its text stays as written."""
    scaled = SCALED_UNITS.get(q.unit or "")
    if scaled is None:
        return q
    unit, factor, rounded = scaled
    value = None if q.value is None else round(q.value * factor, 6)
    low = None if q.low is None else q.low * factor * (1 - CONVERSION_BAND if rounded else 1)
    high = None if q.high is None else q.high * factor * (1 + CONVERSION_BAND if rounded else 1)
    return replace(q, value=value, low=low, high=high, unit=unit, approximate=q.approximate or rounded)


def _is_number_word(word: str) -> bool:
    return word.isdigit() or word in UNITS or word in TENS


def _anchors(text: str) -> list[int]:
    """Positions of cheap anchors (a digit, a currency sign, a number word)."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: keep offsets exact
        return [m.start() for m in _HAS_NUMBERISH.finditer(text)]
    return [m.start() for m in _ANCHOR_LOWER.finditer(low)]


def _candidates(text: str, anchors: list[int]) -> list[re.Match[str]]:
    """Quantity matches, found by trying the big pattern only just before the anchors: running it
    at every position of long text is slow."""
    found: list[re.Match[str]] = []
    last_end = 0
    for p in anchors:
        if p < last_end:
            continue
        ws = max(last_end, text.rfind(" ", 0, max(0, p - 20)) + 1)
        starts = [ws] + [i + 1 for i in range(ws, p) if text[i] in _WORD_START_AFTER]
        for pos in starts:
            if text[pos:pos + 1].isalpha() and not _may_open_quantity(text, pos):
                continue
            m = _QUANTITY_RE.match(text, pos)
            if m is not None and m.end() > p:
                found.append(m)
                last_end = m.end()
                break
    return found


def _may_open_quantity(text: str, pos: int) -> bool:
    """Can `_QUANTITY_RE` match at `pos`, where a letter stands: does a word it opens with (a hedge, a
    vague amount, a number word, 'between'/'from', a currency code) start there? (Its failed tries at
    the other words before an anchor were most of its time.)"""
    head = text[pos:pos + 16].lower()
    return not head.isascii() or head.startswith(_QUANTITY_OPENERS) or MONEY_SIGN_AT.match(text, pos) is not None


#: the letters each alternative of `_QUANTITY_RE` can open with (case aside), as prefixes
_QUANTITY_OPENERS = tuple(sorted({
    m.group(0) for k in (*HEDGES, *VAGUE_BOUNDS, *UNITS, *TENS, "one", "a", "half", "between", "from", "us", "usd",
                         "eur", "gbp", "rs")
    if (m := re.match(r"[a-z]+", k.lower())) is not None}))
_WORD_START_AFTER = frozenset(" \"'“‘(\n\t")
_HAS_NUMBERISH = re.compile(
    rf"\d|[$€£¥]|\b(?:{WORD_ALT}|(?:{SCALE_ALT})s?|tens|half|dozens?|scores|several|few|handful|couple|number)\b",
    re.I
)
_ANCHOR_WORDS = [*UNITS, *TENS, *SCALES, *(w + "s" for w in SCALES), "tens", "half", "dozen", "dozens",
                 "scores", "several", "few", "handful", "couple", "number"]
_ANCHOR_LOWER = re.compile(rf"\d|[$€£¥]|\b(?:{trie_regex(_ANCHOR_WORDS)})\b")


_MODEL_NAME = re.compile(r"\b(?!A\s$)[A-Z]{1,3}\s?-?\s?$")  # (not the article: "A 6.1 quake")
#: "m" set apart from its figure: a million before money or a plural noun ("$4 m deal", "4 m
#: people", "2 m tonnes"), as it is written onto the figure ("12.7m"); else metres ("fell to 12.7 m
#: at Manaus", "waves of 3 m hit").
_M_APART = re.compile(r"\s+m\b(?!['’])")
_COUNTED_FOLLOWS = re.compile(r"\s+(?:people|children|men|women|[a-z]{2,}s)\b")
_DOZEN_AFTER = re.compile(r"[\s-]+dozen\b", re.I)
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her)\s+", re.I)
_QUAKE_AFTER = re.compile(r"[\s-]+(?:earthquakes?|quakes?|tremors?|aftershocks?|temblors?)\b", re.I)
_MONTH_DAY = re.compile(r"(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[15679])(?![\d/])")
_FRACTION_PART = re.compile(r"\d/[248](?![\d/])")
_MIXED = re.compile(r"(\d+)(?:\s+(\d)|(\d))/([248])(?![\d/])")
_TIME_OR_ORDINAL = re.compile(r"\s*(?::\d|[ap]\.?\s?m\b|o'clock|th\b|st\b|nd\b|rd\b"
                              r"|(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|CET|BST)\b)", re.I)  # "by 0835 GMT": a time


_SCALES_AFTER = re.compile(rf"(?:\s+(?:{SCALE_ALT})\b)+", re.I)
_MM_AFTER = re.compile(r"MM\b")
#: "6.1 on the Richter scale": a magnitude (the raw-text reader asks it too)
RICHTER_AFTER = re.compile(r"\s+on\s+the\s+Richter\b", re.I)
#: "a magnitude 6.4 quake", "of magnitude 6.4": the magnitude named before its number
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude\s+(?:of\s+)?$", re.I)
_DECADE = re.compile(r"'?s\b")
#: A number with "-ers" written onto it is a name (a team: "76ers", "49ers"), as a decade's "s" is
#: no count (both readers ask it: this one and `fallback`'s).
NAMED_BY_NUMBER = re.compile(r"ers?\b", re.IGNORECASE)
_DECIMAL_COMMA = re.compile(rf"(\d{{1,3}}),(\d{{1,2}})\s+({SCALE_ALT})\b", re.I)
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_VULGAR_AFTER = re.compile(r"\s?([½¼¾])")
_FRACTION_OF_UNIT = re.compile(rf"\s+(quarters?|halves|half)\s+of\s+an?\s+({_MEASURE_ALT})\b", re.I)
_UNIT_PREFIX_LIST = re.compile(  # the list's last figure, or the word after, shows the unit it shares
    r"(?:\s*(?:,|and|or|to)\s*\d+(?:\.\d+)?[mMkK])*\s*(?:(?:,|and|or|to)\s*\d+(?:\.\d+)?[mMkK])?"
    r"\s?(?:bits?|bytes?|bps|b/s|hz|B)\b", re.I)
#: "Peterson, 31, ..." / "Peterson, 31." / "Comeaux Jr., 49," (a name, then a number set off by
#: commas; or a verb after it, "Lopez, 20 was convicted", "Lopez, 20 and Diaz, 24,"); "31 years old"
_AGE_BEFORE = re.compile(r"\b(?:[A-Z][a-z'’-]+|Jr\.|Sr\.|I{2,3}|IV),\s*$")
_AGE_AFTER = re.compile(r"\s*(?:,|\.(?!\d)|\)|;|$)|\s+(?:and\s+(?:[A-Z]|(?:from|of)\b)|(?:was|is|were|has|had|who)\b)")
#: the name before an apposition is a place, not a person ("in Paris, 12, ...", "Syria, 3,"): a
#: locative word before it, or a country's name
_PLACE_BEFORE = re.compile(r"\b(?i:in|at|from|near|to|outside|across|into|around|toward|towards)\s+"
                           r"(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,\s*$")
_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*),\s*$")
#: a role noun before an apposition ("the president, 78,"): an age when it names one person (`PERSON_NOUNS`)
_PERSON_BEFORE = re.compile(r"\b([A-Za-z]+),\s*$")
_OLD = re.compile(r"(?:\s+|-)old\b", re.I)
_AGED = re.compile(r"\b(?:aged|ages?(?:\s+of)?)\s+(?:\d+\s*(?:,|and|or|to)\s*)*$", re.I)  # "at the age of 85"
#: "aged" right before an age span ("aged between 10 and 15", "aged 10-15")
_AGED_SPAN = re.compile(r"\b(?:aged|ages)\s+(?:from\s+|between\s+)?$", re.I)
#: hedges that bound an age ("under five years old", "over 65 years old"): still an age, a span of them
_AGE_BOUNDS = frozenset([Hedge.UNDER, Hedge.OVER, Hedge.BELOW, Hedge.AT_LEAST, Hedge.UP_TO])
_AND_OLDER = re.compile(r"\s+(?:and|or)\s+(?:older|younger)\b", re.I)
#: an age told in a relative clause after the name ("Thabane, who was 48, was shot dead": helper opp109);
#: what stands before the comma is read as for "Thabane, 48," (a name, or a role noun naming one person)
_WHO_WAS = re.compile(r",(?=\s+who\s+(?:is|was)\s+(?:now\s+|then\s+|only\s+|just\s+)?$)")


def _is_age(text: str, start: int, end: int, value: float, unit: str | None) -> bool:
    """A person's age: a whole number 1-119 in apposition to a name, or "N years old" / "N-year-old"."""
    if value != int(value) or not 0 < value < 120:
        return False
    if unit is not None:  # "31 years" read with its unit: an age when "old" follows
        return bool(_OLD.match(text, end) or _AND_OLDER.match(text, end))
    if _AND_OLDER.match(text, end) or _AGED.search(text, max(0, start - 40), start):
        return True  # "women 65 and older", "two women aged 27 and 35"
    if who := _WHO_WAS.search(text, max(0, start - 24), start):
        start = who.end()  # ("the driver, who was 45, ...": the name or role before the clause)
    if _person_before(text, start) and _AGE_AFTER.match(text, end):
        return True  # "the opposition leader, 64, was detained" (helper conf8)
    return (bool(_AGE_BEFORE.search(text, max(0, start - 40), start)) and bool(_AGE_AFTER.match(text, end))
            and not _place_before(text, start))


def _person_before(text: str, start: int) -> bool:
    """Whether a role noun naming one person stands before an apposition ending at `start`."""
    m = _PERSON_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).lower() in PERSON_NOUNS


def _place_before(text: str, start: int) -> bool:
    """Whether the name before an apposition ending at `start` is a place: after a locative word
    ("in Paris, 12, ..."), or a country's name ("Syria, 3,"), or a month or weekday."""
    if _PLACE_BEFORE.search(text, max(0, start - 60), start):
        return True
    name = _NAME_BEFORE.search(text, max(0, start - 60), start)
    if name is None:
        return False
    words = name.group(1).split()
    return (words[-1].lower() in WEEKDAYS or words[-1].lower().rstrip(".") in MONTHS
            or any(" ".join(words[k:]) in country_short_names() for k in range(len(words))))


def _is_period(text: str, m: re.Match[str]) -> bool:
    """"from 1976 to 1980", "between 2001 and 2003": two years written as years, nothing counted
    after them ("between 1,800 and 2,000 people" and "from 1900 to 2000 troops" are counts)."""
    return (bool(_FOUR_DIGITS.fullmatch(m.group("r1").strip())) and bool(_FOUR_DIGITS.fullmatch(m.group("r2").strip()))
            and not COUNT_AFTER_YEAR.match(text, m.end()))


def _looks_like_year(v: float) -> bool:
    return v == int(v) and 1800 <= v <= 2100


def _is_year_like(text: str, m: re.Match[str], value: float) -> bool:
    raw = m.group("num")
    if not _FOUR_DIGITS.fullmatch(raw) or not _looks_like_year(value):
        return False
    after = text[m.end():m.end() + 12]
    # "1,500 people" has a comma; "2014 elections", "in 2014" are years
    return not COUNT_AFTER_YEAR.match(after)


# inline patterns, compiled once (pysbd's many patterns evict re's small cache)
_DIGITS_SCALE = re.compile(rf"({_DIGITS})[\s-]*({SCALE_ALT}|bn|mn|mln|m|k|tn)?", re.IGNORECASE)
#: "no one", "any one", "the one": no count of one
PRONOUN_BEFORE_ONE = re.compile(r"(no|any|every|some|the|this|that)\s*$")
#: "of the" and a figure after "one": one part of a counted whole, a count of one ("only one of the 81
#: deputies voted against" against "fifty of the 81 deputies voted for"; helper not109).
_OF_A_COUNT = re.compile(rf" of (?:the|its|their|his|her|our) (?:{_NUM})(?![\w.,]*\s+(?:percent|per\s+cent)\b)", re.I)
#: A verb whose "over" is its particle, not a hedge ("handed over three hostages"). Only verbs
#: that take a count after "over" as their object: "took over 200 prisoners", "won over 60 %",
#: "carried over 300 passengers" mean more than the figure.
_PARTICLE_OVER = re.compile(r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|sign(?:s|ed|ing)?)\s+$", re.IGNORECASE)
#: A verb of movement whose "up" is its particle, "to" the figure reached: "went up to 450 rupees",
#: "shot up to 9 %" tell the figure exactly, not "as many as" (set51); after a modal ("could go up
#: to 450") the figure is a ceiling again.
PARTICLE_UP = re.compile(r"(?<!could )(?<!might )(?<!may )(?<!can )\b(?:go|goes|going|gone|went|shot|shoots|shooting"
                         r"|climb(?:s|ed|ing)?|move(?:s|d)?|moving|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?)\s+$",
                         re.IGNORECASE)
_FOUR_DIGITS = re.compile(r"\d{4}")
