"""Figures in claims, for matching: bounds, pairing across two claims, and (in)compatibility.

The extraction module `numbers.find_quantities` is the primary source of quantities. When it
finds nothing in a text that visibly holds a figure, a small fallback reader here fills in, so
matching also works on raw text (CLI `compare`, spreadsheets) and never depends on which of the
two landed first. Bounds follow the same conventions: "hundreds" 200..999, "dozens" 24..99,
"some 500,000" +-10 %, "nearly 500" 90 %..100 %, "more than 300" 300..inf.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from workbench.core.figures.numbers import VAGUE_BOUNDS as NUMBER_VAGUE_BOUNDS
from workbench.core.match.normalize import _NUMBER_RE, _SCALES, fold, stem, words_to_number
from workbench.core.model import Quantity

# Vague magnitudes -> (low, high), as extraction reads them, plus "a dozen" for raw text.
VAGUE_BOUNDS: dict[str, tuple[float, float]] = {**NUMBER_VAGUE_BOUNDS, "a dozen": (12, 12)}
_VAGUE_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, VAGUE_BOUNDS), key=len, reverse=True)) + r")\b")

_ABOUT = ("some", "about", "around", "approximately", "roughly", "an estimated", "estimated", "almost",
          "nearly", "close to", "just under", "up to", "more than", "over", "at least", "upwards of",
          "less than", "fewer than", "under", "as many as", "as few as", "just over", "in excess of")
_HEDGE_RE = re.compile(r"(?:" + "|".join(sorted(map(re.escape, _ABOUT), key=len, reverse=True)) + r")\s+$")
_YEAR_CONTEXT = re.compile(r"(?:\bin|\bsince|\bby|\buntil|\bfrom|\bof|\bearly|\blate|\bmid|-)\s*$")
_COUNT_WORD = re.compile(r"\s*(?:of\s+)?(?:the\s+)?([a-z][a-z'-]*)(?:\s+([a-z][a-z'-]*))?")
_UNIT_WORDS = {"percent": "%", "per": "%", "%": "%", "dollars": "USD", "usd": "USD", "$": "USD",
               "euros": "EUR", "eur": "EUR", "pounds": "GBP", "km": "km", "kilometres": "km",
               "kilometers": "km", "miles": "mi", "magnitude": "magnitude", "years": "years",
               "year": "years", "days": "days", "hours": "hours", "percentage": "%"}
_SKIP_COUNTED = frozenset(["of", "the", "a", "an", "more", "than", "people's", "were", "was", "had", "have", "and", "to", "in", "on", "at"])


def _hedged_bounds(value: float, hedge: str) -> tuple[float | None, float | None, bool]:
    h = hedge.strip()
    if h in ("some", "about", "around", "approximately", "roughly", "an estimated", "estimated"):
        return value * 0.9, value * 1.1, True
    if h in ("almost", "nearly", "close to", "just under", "up to", "as many as"):
        return value * 0.85, value, True
    if h in ("more than", "over", "at least", "upwards of", "just over", "in excess of"):
        return value, math.inf, True
    if h in ("less than", "fewer than", "under", "as few as"):
        return 0.0, value, True
    return value, value, False


def fallback_quantities(text: str) -> list[Quantity]:
    """A small quantity reader, used only when numbers.find_quantities finds nothing."""
    t = fold(text)
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for m in _VAGUE_RE.finditer(t):
        vague_low, vague_high = VAGUE_BOUNDS[m.group(1)]
        counted = _counted_after(t, m.end())
        out.append(Quantity(text=m.group(0), value=None, low=vague_low, high=vague_high, approximate=True,
                            counted=counted, start=m.start(), end=m.end()))
        taken.append((m.start(), m.end()))
    for m in _NUMBER_RE.finditer(t):
        if any(s <= m.start() < e for s, e in taken):
            continue
        digits, words, scale = m.group("digits"), m.group("words"), m.group("scale")
        if digits:
            value = float(digits.replace(",", ""))
        else:
            if words.strip() in ("a", "an"):
                continue
            from_words = words_to_number(words)
            if from_words is None:
                continue
            value = from_words
        if scale:
            for s in re.split(r"[\s-]+", scale.strip()):
                if s:
                    value *= _SCALES[s]
        before = t[max(0, m.start() - 20): m.start()]
        after = t[m.end(): m.end() + 30]
        unit = None
        if re.match(r"\s*(%|percent\b|per cent\b)", after):
            unit = "%"
        elif re.search(r"[$]\s*$", before) or re.match(r"\s*(dollars|usd)\b", after):
            unit = "USD"
        elif re.search(r"[\u20ac]\s*$", before) or re.match(r"\s*euros?\b", after):
            unit = "EUR"
        elif re.search(r"magnitude\s*(?:of\s*)?$", before):
            unit = "magnitude"
        compound = re.match(r"-([a-z]+)", after)
        if compound and compound.group(1) not in _SCALES and unit is None:
            unit = "adj:" + compound.group(1)  # "a 20-ounce bottle", "a three-term congressman"
        if re.search(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", before):
            unit = "day"
        is_year = (digits is not None and "," not in digits and "." not in digits and not scale
                   and 1800 <= value <= 2100 and len(digits) == 4
                   and (_YEAR_CONTEXT.search(before) or not re.match(r"\s+[a-z]+s\b", after)))
        if is_year:
            unit = "year"
        hedge = _HEDGE_RE.search(before)
        low, high, approx = _hedged_bounds(value, hedge.group(0)) if hedge and not is_year else (value, value, False)
        counted = None if unit in ("year", "%", "magnitude") else _counted_after(t, m.end())
        if counted and counted in _UNIT_WORDS:
            unit = unit or _UNIT_WORDS[counted]
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
    words = [w for w in m.groups() if w and w not in _SKIP_COUNTED]
    return " ".join(words) if words else None


_HAS_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                         r"thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|several|scores)",
                         re.IGNORECASE)


def quantities_of(text: str) -> list[Quantity]:
    """Quantities of `text`: numbers.find_quantities, or the fallback reader when it has none."""
    try:
        from workbench.core.figures.numbers import find_quantities

        found = find_quantities(text)
    except Exception:  # extraction must never break matching  # noqa: BLE001
        found = []
    if not found and _HAS_FIGURE.search(text):
        found = fallback_quantities(text)
    for q in found:
        # "a three-term congressman", "a 20-ounce bottle": an adjective, not a count
        m = re.match(r"-([a-z]+)", text[q.end:q.end + 20].lower()) if q.end else None
        if m and not q.unit and m.group(1) not in _SCALES:
            q.unit = "adj:" + m.group(1)
            q.counted = None
    return found


def dates_of(text: str) -> list:
    try:
        from workbench.core.figures.numbers import find_dates

        return list(find_dates(text))
    except Exception:  # noqa: BLE001
        return []


def as_quantities(items: Iterable[Quantity | dict] | None) -> list[Quantity]:
    if not items:
        return []
    return [q if isinstance(q, Quantity) else Quantity.from_dict(q) for q in items]


# --------------------------------------------------------------------------------------------
# Comparing figures


def bounds(q: Quantity) -> tuple[float, float] | None:
    """(low, high) of what the words allow; an open side ("more than 300") is 0 or infinity."""
    low, high, value = q.low, q.high, q.value
    if low is None and high is None and value is None:
        return None
    if low is None:
        low = value if (value is not None and high is None) else 0.0
    if high is None:
        high = math.inf if (q.low is not None and q.approximate) or value is None else value
    if low > high:
        low, high = high, low
    return float(low), float(high)


def compatible(a: Quantity, b: Quantity, tolerance: float = 0.02) -> bool:
    ba, bb = bounds(a), bounds(b)
    if ba is None or bb is None:
        return True
    # large exact figures get a small tolerance for rounding (1.5 million vs 1,520,000);
    # small counts and years must match exactly ("killed 30" vs "killed 31" is a conflict)
    if _kind(a) == "year" or max(ba[0], bb[0]) < 10_000:
        tolerance = 0.0
    la, ha = ba[0] * (1 - tolerance), ba[1] * (1 + tolerance) if ba[1] != math.inf else math.inf
    return la <= bb[1] and bb[0] <= ha


def _kind(q: Quantity) -> str:
    unit = (q.unit or "").lower()
    if unit in ("year", "date"):
        return "year"
    return unit or "count"


_PEOPLE = frozenset(stem(w) for w in ["people", "persons", "residents", "civilians", "inhabitants", "villagers", "citizens", "men", "women", "children", "refugees", "migrants", "displaced", "individuals", "locals"])


@lru_cache(maxsize=50_000)
def _counted_set(counted: str) -> frozenset[str]:
    out = set()
    for w in re.findall(r"[a-z]+", fold(counted)):
        if w in _SKIP_COUNTED:
            continue
        st = stem(w)
        out.add(st)
        # "500,000 people" and "half a million Iraqis" count the same kind of thing
        if st in _PEOPLE or re.search(r"(?:i|ian|ean|ese)$", st) and len(st) > 4:
            out.add("<people>")
    return frozenset(out)


def _counted_stems(q: Quantity) -> set[str]:
    if not q.counted:
        return set()
    return set(_counted_set(q.counted))


@dataclass
class FigureCheck:
    pairs: list[tuple[Quantity, Quantity, bool]]  # (a, b, compatible)
    unpaired_a: list[Quantity]
    unpaired_b: list[Quantity]

    @property
    def conflicts(self) -> list[tuple[Quantity, Quantity]]:
        return [(a, b) for a, b, ok in self.pairs if not ok and _kind(a) != "year"]

    @property
    def agreements(self) -> list[tuple[Quantity, Quantity]]:
        return [(a, b) for a, b, ok in self.pairs if ok and _kind(a) != "year"]

    @property
    def year_conflicts(self) -> list[tuple[Quantity, Quantity]]:
        return [(a, b) for a, b, ok in self.pairs if not ok and _kind(a) == "year"]


def pair_figures(qa: list[Quantity], qb: list[Quantity]) -> FigureCheck:
    """Pair each figure of A with the figure of B that counts the same thing.

    Same kind (count, %, money, year) is required; the counted nouns decide between several
    candidates; when each claim has one figure of a kind, those two are paired even if they
    name what they count differently ("500,000 people" / "half a million Iraqis").
    """
    pairs: list[tuple[Quantity, Quantity, bool]] = []
    used_b: set[int] = set()
    unpaired_a: list[Quantity] = []
    by_kind_a: dict[str, list[Quantity]] = {}
    by_kind_b: dict[str, list[Quantity]] = {}
    for q in qa:
        by_kind_a.setdefault(_kind(q), []).append(q)
    for q in qb:
        by_kind_b.setdefault(_kind(q), []).append(q)
    for kind, alist in by_kind_a.items():
        blist = by_kind_b.get(kind, [])
        for q in alist:
            best, best_key = None, None
            ca = _counted_stems(q)
            for j, r in enumerate(blist):
                if id(r) in used_b:
                    continue
                cb = _counted_stems(r)
                overlap = len(ca & cb)
                if ca and cb and not overlap:
                    # different things counted: "2,900 containers" is no conflict with "415 churches"
                    continue
                key = (overlap, compatible(q, r), -abs(j - alist.index(q)))
                if best_key is None or key > best_key:
                    best, best_key = r, key
            if best is None:
                unpaired_a.append(q)
            else:
                used_b.add(id(best))
                pairs.append((q, best, compatible(q, best)))
    unpaired_b = [r for r in qb if id(r) not in used_b]
    return FigureCheck(pairs, unpaired_a, unpaired_b)


def describe(q: Quantity) -> str:
    b = bounds(q)
    if b is None:
        return q.text
    low, high = b
    if low == high:
        rng = f"{low:,.10g}"
    elif high == math.inf:
        rng = f">= {low:,.10g}"
    else:
        rng = f"{low:,.10g}-{high:,.10g}"
    return f'"{q.text.strip()}" ({rng})'
