"""The figures of a raw text, for matching: extraction's reader first, a small fallback second.

`numbers.find_quantities` is the primary source of quantities. When it finds nothing in a text
that visibly holds a figure, the small reader here fills in, so matching also works on raw text
(CLI `compare`, spreadsheets) and never depends on which of the two landed first. Both read
bounds from the one rulebook (`figures.rules`) and number words with the one parser
(`figures.words`).
"""

from __future__ import annotations

import re

from workbench.core.figures.currencies import money_after
from workbench.core.figures.dates import dotted_date_spans
from workbench.core.figures.face_value import face_value_shares
from workbench.core.figures.metres_long import metres_long
from workbench.core.figures.named_counts import counted_after_names
from workbench.core.figures.numbers import (
    NAMED_BY_NUMBER,
    PARTICLE_UP,
    PRONOUN_BEFORE_ONE,
    RICHTER_AFTER,
    dash_before_count,
    find_dates,
    find_quantities,
    in_base_unit,
    meant_measure,
)
from workbench.core.figures.rules import (
    ADJECTIVE_PREFIX,
    COMPOUND_AFTER,
    HEDGES,
    LIFE_TERM_YEARS,
    MEASURES,
    SKIP_COUNTED,
    VAGUE_BOUNDS,
    hedge_of,
    hedged_bounds,
    is_vague_duration,
)
from workbench.core.figures.separators import as_commas
from workbench.core.figures.weights import pounds_weighed
from workbench.core.figures.words import NUMBER_TOKEN_RE, scale_factor, token_value
from workbench.core.language.calendar import MONTH
from workbench.core.language.roads import ROAD, road_numbers
from workbench.core.language.stems import fold
from workbench.core.model import DateMention, Quantity

_VAGUE_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, VAGUE_BOUNDS), key=len, reverse=True)) + r")\b")
_HEDGE_RE = re.compile(r"(?:" + "|".join(sorted(map(re.escape, HEDGES), key=len, reverse=True)) + r")\s+$")
_YEAR_CONTEXT = re.compile(r"(?:\bin|\bsince|\bby|\buntil|\bfrom|\bof|\bearly|\blate|\bmid|-"
                           r"|\b(?:1[89]|20)\d\d\s+(?:and|to|through))\s*$")  # "between 2001 and 2003"
#: A plural noun after a four-digit number, maybe hyphenated ("non-combatants"), or after one
#: modifier ("air strikes") when no article or possessive comes first ("the 2008 financial crisis",
#: "Italy's 2018 general elections" are years); "crisis", "census", "process" are no plurals.
_PLURAL_AFTER = re.compile(r"\s+(?:([a-z]+)\s+)?([a-z]+(?:-[a-z]+)*s)\b")
_OWNER_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|our)|'s)\s+$", re.I)


def _plural_after(text: str, start: int, end: int) -> bool:
    """Whether a plural noun follows the four-digit number at text[start:end] (`_PLURAL_AFTER`)."""
    m = _PLURAL_AFTER.match(text, end, end + 40)
    if not m or m.group(2).endswith(("is", "us", "ss")):
        return False
    return not m.group(1) or not _OWNER_BEFORE.search(text, max(0, start - 8), start)


_COUNT_WORD = re.compile(r"\s*(?:of\s+)?(?:the\s+)?([a-z][a-z'-]*)(?:\s+([a-z][a-z'-]*))?")
#: (money words are the currency table's, `currencies.money_after`)
_UNIT_WORDS = {"percent": "%", "per": "%", "%": "%", "km": "km", "kilometres": "km",
               "kilometers": "km", "miles": "mi", "magnitude": "magnitude", "years": "years",
               "year": "years", "days": "days", "hours": "hours", "percentage": "%"}
#: A number that is part of a clock time ("1:17 p.m."), an ordinal ("2nd"), a decade ("the 90's"), a fraction or date
#: ("21/2", "9/11") or a code ("MS08-078"): no figure of its own (a score, "20-13", is one). numbers.find_quantities
#: skips these too; the fallback runs precisely when it found nothing, so it must not read them.
_NOT_FIGURE_AFTER = re.compile(r"(?:st|nd|rd|th)\b|[:/]\d|\s*[ap]\.?\s?m\b|\s*o'clock|(?<=0)'?s\b"
                               r"|\s*(?:gmt|utc|est|edt|cst|cdt|pst|pdt|cet|bst)\b", re.IGNORECASE)
_NOT_FIGURE_BEFORE = re.compile(r"\d[:/]$|[a-z]\d*-$"  # "... -078" of "MS08-078", "AK-47": a code
                                r"|\d\s[:/]\s$")  # "27 / 09 / 2013": a date with its slashes spaced
_SPACED_DATE_AFTER = re.compile(r"\s[/]\s\d")
#: the day of a date ("Aug. 15", "15 August") and a two-digit year after one ("10 Nov 11"): a date,
#: not a figure (numbers.find_quantities leaves dates out too)
_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s*$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?![a-z])")
_DAY_MONTH_BEFORE = re.compile(rf"\b\d{{1,2}}\s+{MONTH}\s+$")
#: "the first half", "the fourth quarter": a part of a game or a year, not a fraction
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|final|last|opening|[1-4](?:st|nd|rd|th))\s+$")
#: "20-13", "31-24": a game's score (the second number not above the first); its two numbers pair
#: only with another score's, never with a count ("205 yards")
_SCORE = re.compile(r"(?<![\d.,-])(\d{1,3})\s?[-\u2013]\s?(\d{1,3})(?![\d.,]|-\w)")
SCORE = "score"
#: "voted 13 to 0", "by 9 votes to 4": a vote's tally, read as a score is (helper probes8: "voted
#: 13 to 0" / "voted 12-0" disagree); only with a vote named right before or inside it, so "from 5
#: to 4" stays
_TALLY_TO = re.compile(r"(?<![\d.,-])(\d{1,3})\s+(?:votes?\s+)?to\s+(\d{1,3})(?!\d|[.,]\d)")
_VOTE_BEFORE = re.compile(r"\bvot(?:e|ed|es|ing)\s+(?:by\s+)?$|\bby\s+$", re.IGNORECASE)
#: A chamber's majority told as its two sides' seats: "a one-seat majority, 26 to 25", "a majority of
#: 26 to 25", "a 26 to 25 majority" (helper dupa109: "giving it a 26-25 majority" reads a score).
_MAJORITY_BEFORE = re.compile(r"\bmajority(?:\s+of)?[\s,(]+$", re.IGNORECASE)
_MAJORITY_AFTER = re.compile(r"\s+(?:seats?\s+)?majority\b", re.IGNORECASE)
#: "a one-seat majority" beside the tally it is the margin of: the tally's gloss, no count of its own.
_MARGIN = re.compile(r"\b(?:an?\s+)?(\w+)-seat\s+majority\b", re.IGNORECASE)
_HAS_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                         r"thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|several|scores)",
                         re.IGNORECASE)


def _tallies(t: str) -> list[re.Match[str]]:
    """The vote tallies written with "to" in a folded text (`_TALLY_TO`)."""
    return [sc for sc in _TALLY_TO.finditer(t) if int(sc.group(2)) <= int(sc.group(1))
            and (t[sc.end():sc.end() + 1] not in (".", ",")  # (a vote's tally before a stop stays two counts)
                 and ("vote" in sc.group(0).lower() or _VOTE_BEFORE.search(t, max(0, sc.start() - 12), sc.start()))
                 # a majority's, whatever follows ("a one-seat majority, 26 to 25, after ...")
                 or _MAJORITY_BEFORE.search(t, max(0, sc.start() - 14), sc.start()) or _MAJORITY_AFTER.match(t, sc.end()))]


def _margins_of_tallies(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` without a "one-seat majority" whose margin is the difference of a tally (a score) the
    claim gives: "a one-seat majority, 26 to 25" counts one majority, not a figure of its own."""
    if "-seat" not in text or not any(q.unit == SCORE for q in found):
        return found
    scores = sorted((q for q in found if q.unit == SCORE), key=lambda q: q.start)
    values = [q.value for q in scores]
    margins = {x - y for x, y in zip(values[::2], values[1::2], strict=False) if x is not None and y is not None}
    spans = [m.span() for m in _MARGIN.finditer(text)]
    return [q for q in found if not (q.unit != SCORE and q.value in margins and any(s <= q.start < e for s, e in spans))]


def _scores_for_tallies(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with a vote tally read as a score ("approved by 230 votes to 170" / "passed it
    230-170": helper paraphrase), whichever reader found its numbers: extraction's reader reads
    "230 votes" and "170" as two counts, which pair with no score."""
    t = as_commas(fold(text))
    tallies = _tallies(t) if " to " in t and found else []
    if not tallies:
        return found
    kept = [q for q in found if not any(sc.start() <= q.start < sc.end() for sc in tallies)]
    scores = [Quantity(text=sc.group(k), value=float(sc.group(k)), low=float(sc.group(k)), high=float(sc.group(k)),
                       approximate=False, unit=SCORE, start=sc.start(k), end=sc.end(k)) for sc in tallies for k in (1, 2)]
    return sorted(kept + scores, key=lambda q: q.start)


#: "for a month", "extended by a year", "a fortnight-long closure": a span of one unit written with
#: the article (extraction reads "one month", "a two-week shutdown"); a fortnight is two weeks, a
#: decade ten years (helper paraphrase: "for 30 days" / "for a month"; set49: "a two-week
#: shutdown" / "a fortnight-long closure").
#: "In a single day" is one too ("240 millimetres of rain in a single day" / "240 mm in 24 hours"),
#: but not "in a year" alone ("the highest in a year": a comparison, not a span; helper pairsdup6).
#: A span of one unit "of" what fills it is one too ("a week of national mourning" / "three days
#: of national mourning"; not "a week of the vote": a time after it; helper conf93). A time offset
#: of one unit is one too ("lifted a day after it was imposed" / "within 24 hours"; unpaired, an
#: aside: `figures.asides`; helper dup115).
_A_SPAN = re.compile(r"\b(?:(?:for|by|lasting|within)\s+(an?\s+(?:single\s+|full\s+|whole\s+)?(hour|day|week|fortnight|month"
                     r"|year|decade))\b|\b((?:an?\s+)?(hour|day|week|fortnight|month|year|decade))-long\b"
                     r"|\b(?:in|over|during)\s+(an?\s+(?:single|full|whole)\s+(hour|day|week|fortnight|month|year|decade))\b"
                     r"|\b(an?\s+(?:full\s+|whole\s+)?(day|week|fortnight|month|year))\s+of\s+(?!(?:the|its|his|her|their|this|that)\b)"
                     r"|\b(an?\s+(hour|day|week|fortnight|month|year|decade))(?=\s+(?:after|later|before|earlier)\b))",
                     re.I)


#: A hedged span of one unit, for it or of it ("shut for nearly a month", "a closure of almost a
#: fortnight", "lasting about a month"): read with its hedge as "nearly two weeks" is ("shut for
#: nearly two weeks" / "a closure of almost a fortnight"; helper dup131). Bounded hedges only: an
#: open one is as often a comparison as a span ("the worst outbreak for more than a year", MRPC).
#: Not "of a week" unhedged (`_A_SPAN` reads a span "of" what fills it only before it), nor "about an
#: hour and a half" (no span of one).
_A_HEDGED_SPAN = re.compile(r"\b(?:for|of|lasting|within|after)\s+((nearly|almost|about|around|roughly|just\s+under"
                            r"|close\s+to)\s+an?\s+(hour|day|week|fortnight|month"
                            r"|year|decade))\b(?![\s-]+(?:long|old)\b)(?!\s+and\s+a\s+(?:half|quarter)\b)", re.I)


def _spans_of_one(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with the spans of one unit `_A_SPAN` and `_A_HEDGED_SPAN` read, where no figure was read."""
    hedged = [(m, 1, m.group(2)) for m in _A_HEDGED_SPAN.finditer(text)]
    plain = [(m, next(g for g in (1, 3, 5, 7, 9) if m.group(g)), None) for m in _A_SPAN.finditer(text)]
    spans = hedged + [(m, g, h) for m, g, h in plain  # (a hedged span read once, with its hedge)
                      if not any(o.start(1) < m.end(g) and m.start(g) < o.end(1) for o, _, _ in hedged)]
    spans = [(m, g, h) for m, g, h in spans if not any(q.start < m.end(g) and m.start(g) < q.end for q in found)]
    if not spans:
        return found
    for m, g, hedge in spans:
        unit = MEASURES[m.group(g + (2 if hedge else 1)).lower() + "s"]  # a fortnight, a decade: in weeks, years (`in_base_unit`)
        low, high = hedged_bounds(1.0, hedge_of(hedge))
        found.append(in_base_unit(Quantity(text=m.group(g), value=1.0, low=low, high=high, approximate=hedge is not None,
                                           unit=unit, start=m.start(g), end=m.end(g))))
    return sorted(found, key=lambda q: q.start)


#: A life term ("life imprisonment", "life in prison", "a life sentence", "jailed for life") is a
#: prison term with no end: read as an open range of years from `rules.LIFE_TERM_YEARS`, so that it
#: clashes with any fixed term ("up to 10 years in prison") and agrees with another life term or
#: an open one ("more than 20 years"); helper conf93. Not "lost their lives", "life expectancy",
#: "25 years to life" (one figure, read from its number).
_LIFE_TERM = re.compile(r"\b(?:(life\s+(?:imprisonment|in\s+(?:prison|jail)|behind\s+bars|sentences?|terms?))\b"
                        r"|(?:jailed|imprisoned|sentenced|locked\s+up|sentencing|sentences?|prison|jail)\s+(?:him\s+|her\s+|them\s+)?"
                        r"(?:to|for)\s+(life)\b(?!\s+(?:expectancy|insurance|savings|support)\b))", re.I)


#: A part of a century told as a span ("a quarter-century extension", "half a century of rule",
#: "a quarter of a century"): 25 or 50 years, as "25 years" tells it (the number-word reader took
#: "a quarter" for 0.25 of an adjective "century"; helper dupb109).
_CENTURY_PART = re.compile(r"\b(?:(?:an?|one)[\s-]+)?(quarter|half)(?:[\s-]+of)?(?:[\s-]+an?)?[\s-]+century\b", re.I)
_CENTURY_YEARS = {"quarter": 25.0, "half": 50.0}


def _century_parts(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with each part of a century `_CENTURY_PART` reads as years, in place of what was read in it."""
    if "century" not in text.lower():
        return found
    parts = list(_CENTURY_PART.finditer(text))
    if not parts:
        return found
    kept = [q for q in found if not any(m.start() <= q.start < m.end() for m in parts)]
    years = [Quantity(text=m.group(0), value=_CENTURY_YEARS[m.group(1).lower()], low=_CENTURY_YEARS[m.group(1).lower()],
                      high=_CENTURY_YEARS[m.group(1).lower()], approximate=False, unit="years",
                      start=m.start(), end=m.end()) for m in parts]
    return sorted(kept + years, key=lambda q: q.start)


def _life_terms(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with the life terms `_LIFE_TERM` reads, where no figure was read."""
    if "life" not in text.lower():
        return found
    terms = [(m, 1 if m.group(1) else 2) for m in _LIFE_TERM.finditer(text)]
    terms = [(m, g) for m, g in terms if not any(q.start < m.end(g) and m.start(g) < q.end for q in found)]
    if not terms:
        return found
    found = found + [Quantity(text=m.group(0), value=None, low=LIFE_TERM_YEARS, high=None, approximate=False,
                              unit="years", start=m.start(), end=m.end()) for m, _g in terms]
    return sorted(found, key=lambda q: q.start)


def fallback_quantities(text: str) -> list[Quantity]:
    """A small quantity reader, used only when numbers.find_quantities finds nothing."""
    t = as_commas(fold(text))  # same length: offsets kept
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = dotted_date_spans(t)  # "3.3.2024": a date, no figure
    for m in _VAGUE_RE.finditer(t):
        vague_low, vague_high = VAGUE_BOUNDS[m.group(1)]
        counted = _counted_after(t, m.end())
        if counted:  # "several hourrs": a unit word with a typing slip
            first, *rest = counted.split(" ", 1)
            counted = " ".join([meant_measure(first) or first, *rest])
        taken.append((m.start(), m.end()))
        if is_vague_duration(None, None, counted):
            continue  # "a few days": a time expression, not a figure
        out.append(Quantity(text=m.group(0), value=None, low=vague_low, high=vague_high, approximate=True,
                            counted=counted, start=m.start(), end=m.end()))
    scores = {k: sc for sc in _SCORE.finditer(t) if int(sc.group(2)) <= int(sc.group(1)) for k in (sc.start(1), sc.start(2))}
    scores |= {k: sc for sc in _tallies(t) for k in (sc.start(1), sc.start(2))}
    for m in NUMBER_TOKEN_RE.finditer(t):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if m.start() in scores:
            out.append(Quantity(text=m.group(0), value=float(m.group(0)), low=float(m.group(0)), high=float(m.group(0)),
                                approximate=False, unit=SCORE, start=m.start(), end=m.end()))
            continue
        found = token_value(m)
        if found is None:
            continue
        if m.group("digits") and (_NOT_FIGURE_AFTER.match(t, m.end()) or _NOT_FIGURE_BEFORE.search(t, 0, m.start())
                                  or _SPACED_DATE_AFTER.match(t, m.end()) or NAMED_BY_NUMBER.match(t, m.end())):
            continue
        if m.group("digits") and len(m.group("digits")) <= 2 and (
                _MONTH_BEFORE.search(t, max(0, m.start() - 12), m.start()) or _MONTH_AFTER.match(t, m.end())
                or _DAY_MONTH_BEFORE.search(t, max(0, m.start() - 16), m.start())):
            continue  # "Aug. 15", "15 August", "10 Nov 11": a date
        if m.group("words") and m.group("words").strip().lower() == "one" \
                and PRONOUN_BEFORE_ONE.search(t, max(0, m.start() - 6), m.start()):
            continue  # "no one was injured": nobody, not a count of one
        if m.group("words") and m.group("words").strip() in ("half", "quarter") \
                and _ORDINAL_BEFORE.search(t, max(0, m.start() - 10), m.start()):
            continue  # "the first half": a part of the game
        value = found
        digits, scale = m.group("digits"), m.group("scale")
        before = t[max(0, m.start() - 20): m.start()]
        after = t[m.end(): m.end() + 30]
        unit = None
        if re.match(r"\s*(%|percent\b|per cent\b)", after):
            unit = "%"
        elif re.search(r"[$]\s*$", before) or re.match(r"\s*(dollars|usd)\b", after):
            unit = "USD"
        elif re.search(r"[\u20ac]\s*$", before) or re.match(r"\s*euros?\b", after):
            unit = "EUR"
        elif re.search(r"magnitude\s*(?:of\s*)?$", before) or RICHTER_AFTER.match(t, m.end()):
            unit = "magnitude"
        compound = COMPOUND_AFTER.match(after)
        if compound and scale_factor(compound.group(1)) is None and unit is None:
            unit = ADJECTIVE_PREFIX + compound.group(1)  # "a 20-ounce bottle", "a three-term congressman"
        # a year, unless a plural noun follows ("2000 vehicles", "2000 non-combatants", "2000 air
        # strikes"; read in the text as written, so that "the 2012 Indianapolis Colts" stays a year)
        plural_after = len(t) == len(text) and _plural_after(text, m.start(), m.end())
        is_year = (digits is not None and "," not in digits and "." not in digits and not scale
                   and 1800 <= value <= 2100 and len(digits) == 4
                   and (_YEAR_CONTEXT.search(before) or not plural_after))
        if is_year:
            unit = "year"
        hedge = _HEDGE_RE.search(before)
        if hedge and hedge.group(0).startswith("up") and PARTICLE_UP.search(before, 0, hedge.start()):
            hedge = None  # "went up to 450": the figure reached
        low: float | None = value
        high: float | None = value
        approx = False
        if hedge and not is_year:
            low, high = hedged_bounds(value, hedge_of(hedge.group(0)))
            approx = True
        counted = None if unit in ("year", "%", "magnitude") else _counted_after(t, m.end())
        if counted and (counted in _UNIT_WORDS or money_after(counted)):
            unit = unit or _UNIT_WORDS.get(counted) or money_after(counted)
            counted = None
        out.append(Quantity(text=(hedge.group(0) if hedge else "") + m.group(0), value=value, low=low,
                            high=high, approximate=approx, counted=counted, unit=unit,
                            start=m.start(), end=m.end()))
    out.sort(key=lambda q: q.start)
    return out


def _counted_after(t: str, pos: int) -> str | None:
    m = _COUNT_WORD.match(t, pos)
    if not m:
        return None
    words = [w for w in m.groups() if w and w not in SKIP_COUNTED]
    return " ".join(words) if words else None


def quantities_of(text: str) -> list[Quantity]:
    """Quantities of `text`: numbers.find_quantities, or the fallback reader when it has none."""
    try:
        found = find_quantities(text)
    except Exception:  # extraction must never break matching  # noqa: BLE001
        found = []
    if not found and _HAS_FIGURE.search(text):
        found = fallback_quantities(text)
    found = _margins_of_tallies(text, _century_parts(text, _life_terms(text, _spans_of_one(text, _scores_for_tallies(text, found)))))
    found = face_value_shares(text, found)  # "55 cents on the dollar": 55 % of face value (`face_value`)
    found = pounds_weighed(text, found)  # "weighs about 33 pounds": a weight, not sterling (`weights`)
    found = metres_long(text, found)  # "the 400m-long ship", "a 3.2m-wide lane": metres, not millions (`metres_long`)
    found = counted_after_names(text, found)  # "three Indian Railways staff": staff (`named_counts`)
    roads = road_numbers(text)  # "national road 2", "the RN2": a road's number, one figure of unit "road"
    if roads:
        found = sorted([q for q in found if not any(s <= q.start < e for s, e, _ in roads)]
                       + [Quantity(text=text[s:e], value=n, low=n, high=n, approximate=False, unit=ROAD, start=s, end=e)
                          for s, e, n in roads], key=lambda q: q.start)
    dashed = dash_before_count(text)  # "workers-two women": a dash, no compound
    for q in found:
        # "a three-term congressman", "a 20-ounce bottle": an adjective, not a count
        m = COMPOUND_AFTER.match(dashed[q.end:q.end + 20].lower()) if q.end else None
        if m and not q.unit and scale_factor(m.group(1)) is None:
            seats = _SEATS_OF.match(dashed, q.end)
            q.unit, q.counted = (None, "seats") if seats else (ADJECTIVE_PREFIX + m.group(1), None)
    return found


#: "the 55-member parliament", "the 120-seat Knesset": a chamber's size is its count of seats, as
#: "26 of the 55 seats" tells it (not an adjective the other claim's seats cannot pair with).
_SEATS_OF = re.compile(r"-(?:member|seat)\s+(?:[\w'-]+\s+){0,2}?(?:parliament|assembly|house|senate|legislature|chamber"
                       r"|congress|knesset|duma|majlis|legislative\s+council)\b", re.I)


#: a date right after a reporting verb is the day of the report, not of the fact ("..., the
#: spokesman said Sunday, a day after the attack"); extraction leaves it out of a claim's text. A
#: passive one tells the fact itself ("the first case was confirmed on 9 July": helper probes6).
_REPORTED_ON = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
                          r"\b(?:(?:said|says|told(?:\s+\w+){0,2}|announced|reported|added|stated|confirmed|"
                          r"testified|wrote|insisted)(?:\s+in\s+an?\s+(?:interview|statement))?"
                          r"|(?:in\s+an\s+interview|for\s+comment))"  # "could not be reached for comment Wednesday"
                          r"\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)


def dates_of(text: str) -> list[DateMention]:
    """Dates of a raw text (a claim with its reporting frame), without the day of the report;
    never raises (matching must not break on a date it cannot read)."""
    try:
        found = list(find_dates(text))
    except Exception:  # noqa: BLE001
        return []
    kept = [d for d in found if not _REPORTED_ON.search(text, max(0, d.start - 40), d.start)]
    if not kept and len(found) == 1 and _ANNOUNCED_ON.search(text, max(0, found[0].start - 40), found[0].start):
        return found  # "announced on 5 January that it was breaking off relations": the day of the act
    return kept


#: An announcement dated, the claim's only date: the announcement is the act made public, one event,
#: so its day is the day the claim tells ("X announced on 5 January that it was breaking off relations"
#: / "on 15 January": a clash). A saying ("said on Monday") may be said again, and is left out.
_ANNOUNCED_ON = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\bannounced\s+(?:on\s+)?$", re.IGNORECASE)
