"""The figure rulebook: what hedges, vague magnitudes and units mean, defined once.

Extraction (`figures.numbers`), the fallback reader for raw text (`figures.fallback`), matching
(`figures.compare`) and the window all take their bounds from here, so "nearly 500" is the same
figure wherever it is read. Bounds are `(low, high)`, None meaning unbounded on that side:

- exact figures: value == low == high ("300 advisors");
- around ("some/about/around/roughly/an estimated N"): 0.9*N .. 1.1*N;
- below ("nearly/almost/close to/just under N"): 0.9*N .. N;
- up to ("up to/as many as/at most N"): None .. N;
- under ("fewer than/less than/under/below/as few as N"): None .. N;
- at least ("at least/no fewer than/no less than N"): N .. None;
  (set against another figure, a side open below reaches a factor OPEN_REACH: "up to 100" / "15"
  disagree; an estimate's top, "up to/as many as N" (ESTIMATE_HEDGES), reaches ESTIMATE_REACH:
  "as many as 74" / "44" disagree);
- over ("more than/over/upwards of/in excess of/just over/above N"): N .. None;
- vague magnitudes: "dozens" 24..99, "hundreds" 200..999, "thousands" 2,000..9,999,
  "tens of thousands" 20,000..99,999, "several" 3..9, "a few" 2..5 (value None); a hedge of the
  up-to/under family opens the low side, one of the at-least/over family the high side;
- ranges "between 10 and 20", "10 to 20", "10-20": 10 .. 20, value the midpoint;
- rounding: an exact figure written with fewer digits agrees with one it is the rounding of at
  its own precision ("1,662" / "1,661.51"); large figures also get ROUNDING_TOLERANCE.
- slight differences: two exact figures (`is_exact`) that differ beyond their rounding clash
  however close: "120 protesters" / "125 protesters", "killed 30" / "killed 31", ages,
  "sentenced to 15 years" / "16 years", "inflation hit 9.1 %" / "8.6 %", "closed at $21.51" /
  "$21.03": another figure, a conflict for the analyst to settle. Only a hedged or vague figure
  has the "about" tolerance ("about 120" / "125").

A vague magnitude of time ("a few days", "several weeks", "hours") is a time expression, not a
figure: extraction does not report it and the window shows no figure chip for it.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from workbench.core.figures.currencies import MONEY_UNITS, USD_PER_UNIT, one_currency
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache


class Hedge(StrEnum):
    """How a hedge word in front of a figure widens it."""

    AROUND = "around"
    BELOW = "below"
    UP_TO = "upto"
    UNDER = "under"
    AT_LEAST = "atleast"
    OVER = "over"


#: Hedge phrase (lower case, single spaces) -> its kind.
HEDGES: dict[str, Hedge] = {
    "some": Hedge.AROUND, "about": Hedge.AROUND, "around": Hedge.AROUND, "approximately": Hedge.AROUND,
    "roughly": Hedge.AROUND, "an estimated": Hedge.AROUND, "estimated": Hedge.AROUND, "approx.": Hedge.AROUND,
    "almost": Hedge.BELOW, "nearly": Hedge.BELOW, "close to": Hedge.BELOW, "just under": Hedge.BELOW,
    "over nearly": Hedge.BELOW,
    "up to": Hedge.UP_TO, "as many as": Hedge.UP_TO, "at most": Hedge.UP_TO,
    # a cap ("no more than 125,000 people joined": at most 125,000, never "more than")
    "no more than": Hedge.UP_TO, "not more than": Hedge.UP_TO, "not over": Hedge.UP_TO,
    "fewer than": Hedge.UNDER, "less than": Hedge.UNDER, "under": Hedge.UNDER, "below": Hedge.UNDER,
    "as few as": Hedge.UNDER,
    "at least": Hedge.AT_LEAST, "no fewer than": Hedge.AT_LEAST, "no less than": Hedge.AT_LEAST,
    "not less than": Hedge.AT_LEAST, "not fewer than": Hedge.AT_LEAST,
    "more than": Hedge.OVER, "over": Hedge.OVER, "upwards of": Hedge.OVER, "in excess of": Hedge.OVER,
    "just over": Hedge.OVER, "above": Hedge.OVER,
    # the bounds of an age ("children younger than six" / "under six"; helper figures141)
    "younger than": Hedge.UNDER, "older than": Hedge.OVER,
}

#: Relative width of an "around" figure, and how far below N a "nearly N" may go.
AROUND_MARGIN = 0.1
BELOW_MARGIN = 0.1
#: Relative tolerance for large exact figures (rounding: 1.5 million vs 1,520,000).
ROUNDING_TOLERANCE = 0.02
#: Below this, figures must match exactly ("killed 30" vs "killed 31" is a conflict) unless one is
#: a rounding of the other at its own precision (`is_rounding_of`).
EXACT_BELOW = 10_000

_OPEN_LOW = (Hedge.UP_TO, Hedge.UNDER)
_OPEN_HIGH = (Hedge.AT_LEAST, Hedge.OVER)


def hedge_of(words: str | None) -> Hedge | None:
    """The hedge kind of a phrase as written ("Nearly", "more  than"), or None."""
    if not words:
        return None
    return HEDGES.get(words) or HEDGES.get(" ".join(words.lower().split()))


def hedged_bounds(value: float, hedge: Hedge | None) -> tuple[float | None, float | None]:
    """(low, high) of a figure `value` after `hedge` (None: exact)."""
    if hedge is None:
        return value, value
    if hedge is Hedge.AROUND:
        return value * (1 - AROUND_MARGIN), value * (1 + AROUND_MARGIN)
    if hedge is Hedge.BELOW:
        return value * (1 - BELOW_MARGIN), value
    if hedge in _OPEN_LOW:
        return None, value
    if hedge in _OPEN_HIGH:
        return value, None
    return value, value


#: Spaces that group thousands ("2 000"; also no-break and thin ones), as SI and many outlets write them.
THOUSANDS_SPACES = " \u00a0\u2009\u202f"
#: a figure's digits as written: thousands grouped by commas ("2,000", "2, 000ft") or spaces ("2 000")
_WRITTEN_DIGITS = re.compile(rf"\d{{1,3}}(?:(?:, ?|[{THOUSANDS_SPACES}])\d{{3}})+(?:\.(\d+))?|\d*\.(\d+)|\d+")
_POWERS_OF_TEN = (1.0, 1e3, 1e6, 1e9, 1e12)


@text_cache()
def written_step(text: str, value: float) -> float | None:
    """The place of the last digit a figure is written with: "1,121" -> 1, "1,121.96" -> 0.01,
    "1.2 million" -> 100,000. None when the words do not show it (number words, fractions)."""
    m = _WRITTEN_DIGITS.search(text)
    if m is None:
        return None
    written = float(re.sub(f"[,{THOUSANDS_SPACES}]", "", m.group(0)))
    if written == 0:
        return None
    decimals = len(m.group(1) or m.group(2) or "")
    for scale in _POWERS_OF_TEN:  # the figure's value is its digits times a scale word, or nothing else
        if abs(value - written * scale) <= 1e-9 * abs(value):
            return 10.0 ** -decimals * scale
    return None  # "2 1/2", "three quarters": not a plain decimal


def is_rounding_of(coarse: float, coarse_step: float, fine: float, fine_step: float) -> bool:
    """Whether a figure written with fewer digits (`coarse`, last digit at `coarse_step`) is the
    other (`fine`) rounded at its own precision: "1,662" / "1,661.51", "1.5 million" / "1,520,000".
    Figures written at the same precision are no rounding of each other ("30" / "31")."""
    if coarse_step <= fine_step:
        return False
    # strictly within half a step: a value half-way ("$2bn" / "$2.5 billion") rounds either way,
    # so it is no sign the one was rounded from the other
    return abs(fine - coarse) < coarse_step / 2 * (1 - 1e-9)


#: Vague magnitudes and the bounds they allow.
VAGUE_BOUNDS: dict[str, tuple[float, float]] = {
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 999_999_999),
    "billions": (2_000_000_000, 999_999_999_999),
    "several": (3, 9),
    "a handful": (3, 6),
    "a few": (2, 5),
    "a couple of": (2, 3),
    "a number of": (2, 20),
}


def vague_bounds(phrase: str, hedge: Hedge | None = None) -> tuple[float | None, float | None]:
    """(low, high) of a vague magnitude ("hundreds"), opened on one side by a hedge ("up to hundreds")."""
    low: float | None
    high: float | None
    low, high = VAGUE_BOUNDS[" ".join(phrase.lower().split())]
    if hedge in _OPEN_HIGH:
        high = None
    elif hedge in _OPEN_LOW:
        low = None
    return low, high


# ---------------------------------------------------------------------------------------------
# Units

# Money: the one currency table is `figures.currencies` (signs, words, codes and rough rates).
#: Unit words after a number -> the unit recorded ("per cent" -> "%", "kilometres" -> "km").
MEASURES: dict[str, str] = {
    "percent": "%", "per cent": "%", "%": "%", "pc": "%", "percentage points": "pp",  # ("40pc": British papers)
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "mi", "mile": "mi", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "feet": "ft", "foot": "ft", "ft": "ft", "lbs": "lb", "lb": "lb", "kg": "kg", "kilos": "kg", "kilograms": "kg",
    "tonnes": "t", "tons": "t",
    # the singular a measure takes before a noun ("a 100-kilogram bag" / "a 100-kg sack", "a 10-tonne truck")
    "kilogram": "kg", "kilo": "kg", "tonne": "t", "ton": "t",
    "years": "years", "year": "years", "months": "months", "month": "months", "weeks": "weeks",
    "week": "weeks", "days": "days", "day": "days", "hours": "hours", "hour": "hours",
    "minutes": "minutes", "minute": "minutes", "seconds": "seconds", "mph": "mph", "km/h": "km/h",
    # a speed written out or abbreviated (winds, a storm's track; helper pairsdup6)
    "miles per hour": "mph", "miles an hour": "mph", "kilometres per hour": "km/h", "kilometers per hour": "km/h",
    "kilometres an hour": "km/h", "kilometers an hour": "km/h", "kph": "km/h", "kmh": "km/h", "km per hour": "km/h",
    "fortnights": "fortnights", "fortnight": "fortnights", "decades": "decades", "decade": "decades",
    "magnitude": "magnitude", "carats": "carats", "carat": "carats",
    "percentage point": "pp", "basis points": "bp", "basis point": "bp", "bps": "bp",
    "mm": "mm", "millimetres": "mm", "millimeters": "mm", "millimetre": "mm", "millimeter": "mm",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm", "centimetre": "cm", "centimeter": "cm",
    "inches": "inch", "inch": "inch",
    # areas (helper pairsconf: "160,000 square kilometres" / "160 thousand sq km")
    "square kilometres": "km2", "square kilometers": "km2", "square kilometre": "km2", "square kilometer": "km2",
    "sq km": "km2", "sq. km": "km2", "km2": "km2", "km²": "km2",
    "square miles": "sq mi", "square mile": "sq mi", "sq mi": "sq mi", "sq miles": "sq mi",
    # land burned, flooded or seized (stop 30: "12,000 hectares" / "12000 ha" / "120 sq km")
    "hectares": "ha", "hectare": "ha", "ha": "ha", "acres": "acre", "acre": "acre",
    # winds and temperatures (a storm's "40 knots", a heatwave's "47C" / "47 degrees Celsius")
    "knots": "knots", "knot": "knots",
    "°c": "°C", "ºc": "°C", "c": "°C", "celsius": "°C", "centigrade": "°C", "degrees celsius": "°C",
    "degrees centigrade": "°C", "°f": "°F", "ºf": "°F", "fahrenheit": "°F", "degrees fahrenheit": "°F",
    "degrees": "°",
    # energy, fuel and water (helper figs84: "450,000 barrels a day" / "450 thousand bpd", "1.2 GW" /
    # "1,200 MW", "15 bcm" / "15 billion cubic metres"): a rate's "a day" is read as its total is
    "megawatts": "MW", "megawatt": "MW", "mw": "MW", "gigawatts": "GW", "gigawatt": "GW", "gw": "GW",
    "kilowatts": "kW", "kilowatt": "kW", "kw": "kW",
    "kilowatt hours": "kWh", "kilowatt-hours": "kWh", "kwh": "kWh", "megawatt hours": "MWh", "megawatt-hours": "MWh",
    "mwh": "MWh", "gigawatt hours": "GWh", "gigawatt-hours": "GWh", "gwh": "GWh", "terawatt hours": "TWh",
    "terawatt-hours": "TWh", "twh": "TWh",
    "barrels": "bbl", "barrel": "bbl", "bbl": "bbl", "bpd": "bbl", "b/d": "bbl", "bbl/d": "bbl", "bopd": "bbl",
    "boe": "bbl", "barrels of oil equivalent": "bbl", "boepd": "bbl",
    "mb/d": "mbbl", "mbpd": "mbbl", "mmbpd": "mbbl", "mmb/d": "mbbl", "kb/d": "kbbl", "kbpd": "kbbl",
    "cubic metres": "m3", "cubic meters": "m3", "cubic metre": "m3", "cubic meter": "m3", "m3": "m3", "m³": "m3",
    "cu m": "m3", "bcm": "bcm", "mcm": "mcm", "cubic feet": "cu ft", "cu ft": "cu ft", "bcf": "bcf", "tcf": "tcf",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "gallons": "gal", "gallon": "gal",
}
#: Units read as a multiple of another, so that one measure told in two units compares ("15 cm" /
#: "150 mm", "50 basis points" / "half a percentage point"): unit -> (the unit it is read in,
#: factor, whether the conversion is one a writer rounds: then the figure is approximate).
SCALED_UNITS: dict[str, tuple[str, float, bool]] = {
    "cm": ("mm", 10.0, False), "inch": ("mm", 25.4, True), "bp": ("pp", 0.01, False),
    "mph": ("km/h", 1.609344, True),  # a storm's winds told in both ("75 mph (120 km/h)"; helper pairsdup6)
    "sq mi": ("km2", 2.58999, True), "ha": ("km2", 0.01, False), "acre": ("km2", 0.00404686, True),
    # a fortnight is two weeks, a decade ten years ("a two-week shutdown" / "a fortnight-long closure")
    "fortnights": ("weeks", 2.0, False), "decades": ("years", 10.0, False),
    # imperial and nautical measures in metric ones ("100 miles" / "160 km", "40 knots" / "74 km/h")
    "mi": ("km", 1.609344, True), "ft": ("m", 0.3048, True), "lb": ("kg", 0.45359237, True),
    "knots": ("km/h", 1.852, True),
    # power and energy in one unit each, abbreviations carrying a scale ("mb/d": million barrels a
    # day, "bcm": billion cubic metres) in their unit; US gallons, the ones news converts
    "GW": ("MW", 1000.0, False), "kW": ("MW", 0.001, False), "kWh": ("MWh", 0.001, False),
    "GWh": ("MWh", 1000.0, False), "TWh": ("MWh", 1_000_000.0, False),
    "mbbl": ("bbl", 1_000_000.0, False), "kbbl": ("bbl", 1000.0, False),
    "bcm": ("m3", 1e9, False), "mcm": ("m3", 1e6, False), "cu ft": ("m3", 0.0283168, True),
    "bcf": ("m3", 0.0283168e9, True), "tcf": ("m3", 0.0283168e12, True),
    "l": ("m3", 0.001, False), "gal": ("m3", 0.00378541, True),
}
#: What each physical measure measures: one claim's figure in one and the other's in another (or a
#: count of named things: "1,200 lorries" / "1,200 tonnes") are figures of different things.
#: "°" (plain "degrees") is a temperature in news far more often than an angle.
MEASURE_DIMENSIONS: dict[str, str] = {unit: dimension for dimension, units in (
    ("length", ("km", "mi", "m", "ft", "mm", "cm", "inch")),
    ("mass", ("kg", "lb", "t", "carats")),
    ("area", ("km2", "sq mi", "ha", "acre")),
    ("speed", ("km/h", "mph", "knots")),
    ("temperature", ("°C", "°F", "°")),
    ("power", ("MW", "GW", "kW")), ("energy", ("MWh", "kWh", "GWh", "TWh")),
    ("barrels", ("bbl", "mbbl", "kbbl")), ("volume", ("m3", "bcm", "mcm", "cu ft", "bcf", "tcf", "l", "gal")),
) for unit in units}
#: A converted figure a writer rounded ("300 mm (12 inches)") holds this part of its value either way.
CONVERSION_BAND = 0.05
#: Units that measure time: with a vague magnitude ("a few days") they make a time expression.
TIME_UNITS = frozenset(["seconds", "minutes", "hours", "days", "weeks", "fortnights", "months", "years", "decades",
                        "centuries"])
#: Currency units, for telling money from other units.
CURRENCIES = MONEY_UNITS
#: (`currencies.USD_PER_UNIT`, the rough worth of one unit in US dollars, is only used to tell
#: whether sums told in two currencies can be the same sum ("£1.7m" is no "$160 million"); rates
#: drift, so the comparison allows CURRENCY_BAND either way.)
#: Sums in two currencies agree when, at the rough rates, neither is more than this times the other.
CURRENCY_BAND = 2.0


def is_vague_duration(value: float | None, unit: str | None, counted: str | None = None) -> bool:
    """A vague magnitude of time ("a few days", "several crucial minutes"): a time expression, not a
    figure. `counted` is what the raw-text reader saw after the magnitude, when it has no unit."""
    if value is not None:
        return False
    if unit is None and counted:
        unit = MEASURES.get(counted.split()[-1])
    return unit in TIME_UNITS


def is_shown_figure(q: Quantity | dict) -> bool:
    """Whether a quantity gets a figure chip: counts, money, percentages and measures do; vague
    durations ("a few days", stored by older versions) and years do not."""
    if isinstance(q, dict):
        value, unit = q.get("value"), q.get("unit")
    else:
        value, unit = q.value, q.unit
    if is_vague_duration(value, unit):
        return False
    return figure_kind_of_unit(unit) not in (YEAR, "day") and not (unit or "").startswith(ADJECTIVE_PREFIX)


# ---------------------------------------------------------------------------------------------
# Kinds

#: Figures pair only with figures of the same kind: "count", "year", or the unit ("%", "USD", "km").
COUNT = "count"
YEAR = "year"
#: A person's age ("Peterson, 31,", "31 years old", "a 31-year-old"): pairs only with ages.
AGE = "age"


@lru_cache(maxsize=4096)
def figure_kind_of_unit(unit: str | None) -> str:
    u = (unit or "").lower()
    if u in ("year", "date"):
        return YEAR
    return u or COUNT


def is_exact(q: Quantity) -> bool:
    """A figure stated exactly: a count ("120 protesters"), an age, a span, a sum ("$21.51"), a
    rate ("9.1 %"), neither hedged nor vague nor a range. Two such figures that differ (beyond
    rounding) clash even within the "about" tolerance. (Money and rates once kept the tolerance,
    as "one figure quoted at another time", from MRPC's paraphrases; to an analyst "inflation hit
    9.1 %" / "8.6 %" is a disagreement to flag, and MRPC 10-fold CV moved 0.772 -> 0.771.)"""
    return not q.approximate and q.value is not None and q.low == q.high == q.value


#: How far a figure open below reaches when set against another: news writes "up to 100" of a
#: count near 100, so "up to 2,500 vehicles" / "about 300 vehicles" are two tallies that disagree;
#: within a factor of two ("up to 100" / "60") they agree (helper gen7). A figure open above is not
#: held: a toll "at least 20" that later reads 125 is a possible update.
OPEN_REACH = 2.0
#: The hedges that give an estimate's top rather than a cap or a bound: news writes "as many as 74
#: lawmakers" / "up to 400 protesters" of a count reported near N (the top of the reports' range),
#: not of any count below it. Set against another figure such a figure reaches ESTIMATE_REACH below
#: N, its lower edge two-thirds of N: a count a third or more below an estimate's top is another
#: report, so "as many as 74" / "44" and "up to 400" / "120" are two counts, while "up to 300" /
#: "about 250", "as many as 60" / "58", "as many as 50" / "at least 40" agree. Caps ("at most", "no
#: more than") and bounds ("fewer than", "under") keep OPEN_REACH: "fewer than 100" / "60" hold.
ESTIMATE_HEDGES = ("up to", "as many as")
ESTIMATE_REACH = 1.5
#: How far a figure open above reaches: a toll "at least 20" may later read 125 (a possible update,
#: `figures_over_time`), but "more than seven children" / "about 120 children", "over 6 tanks" /
#: "60 tanks" are two counts - an order of magnitude is no update of one report (helper gen8).
OPEN_ABOVE_REACH = 10.0
#: Two figures this many times apart (by the least each says), one naming nothing, are two counts
#: when the claims give several, not two versions of one: news retells a count wrong by a few
#: times, not by a hundred ("demonstrations by tens of thousands" / "three people" killed).
ORDERS_APART = 100.0


@lru_cache(maxsize=4096)
def _estimate_top(text: str) -> bool:
    words = " ".join(text.lower().split())
    return words.startswith(tuple(h + " " for h in ESTIMATE_HEDGES))


def open_reach(q: Quantity) -> float:
    """How far below its figure a figure open below reaches when set against another: an
    estimate's top ("as many as 74", `ESTIMATE_HEDGES`) ESTIMATE_REACH, any other OPEN_REACH."""
    return ESTIMATE_REACH if _estimate_top(q.text) else OPEN_REACH


def open_bound(q: Quantity) -> tuple[str, float] | None:
    """("above", 87) for a figure open above ("at least 87", "more than 50"), ("below", 50) for one
    open below ("up to 50", "under 50"), None for a closed one. Two figures open the same way at
    different numbers are two tallies that disagree ("at least 87 bodies" / "at least 78"), though
    both could be true: what an analyst must see is that the reports give different counts."""
    if q.low is not None and q.high is None:
        return "above", q.low
    if q.high is not None and not q.low:
        return "below", q.high
    return None


def convertible_money(a: Quantity, b: Quantity) -> bool:
    """Two sums told in different currencies, both with a rough rate: comparable by magnitude
    (not two of one currency as written, `same_money`: those compare as one unit), unless both are
    round sums stated exactly (`two_round_sums`)."""
    return a.unit != b.unit and a.unit in USD_PER_UNIT and b.unit in USD_PER_UNIT and not same_money(a, b) \
        and not two_round_sums(a, b)


def _significant_digits(value: float) -> int:
    return len(f"{abs(value):.12e}".split("e")[0].replace(".", "").rstrip("0")) or 1


def two_round_sums(a: Quantity, b: Quantity) -> bool:
    """Two sums in two currencies, each exact (`is_exact`) and of one significant digit ("$400
    million" / "30 billion rupees", "$2 billion" / "300 billion yen"): each is a sum set in its own
    currency - a deal, a loan, a facility - not one sum converted, which comes out unround ("£1.7m"
    / "$2.2 million") or is told hedged ("about $50 million"). Matching them at the rough rates would
    make two deals one figure; no rate is read from the words, so they do not compare."""
    return is_exact(a) and is_exact(b) and a.value is not None and b.value is not None \
        and _significant_digits(a.value) == 1 and _significant_digits(b.value) == 1


def two_own_sums(a: Quantity, b: Quantity) -> bool:
    """Two round sums (`two_round_sums`) in two currencies, each set in its own, not one written two
    ways (`same_money`); a currency without a rate ("50 billion shillings") as much as one with."""
    return a.unit != b.unit and a.unit in MONEY_UNITS and b.unit in MONEY_UNITS and not same_money(a, b) \
        and two_round_sums(a, b)


def same_money(a: Quantity, b: Quantity) -> bool:
    """Two sums in one currency as written ("420 rupees" / "450 Sri Lankan rupees"): one unit."""
    return a.unit != b.unit and one_currency(a.unit, a.text, b.unit, b.text)


#: A life term in prison, read as an open range of years from here (`fallback._LIFE_TERM`): it
#: clashes with any fixed term and agrees with another life term or an open one; shown as "life".
LIFE_TERM_YEARS = 100.0

#: Days in one unit of time, least and most ("a month" is 28-31 days): one span told in two units
#: compares ("for 30 days" / "for a month", "one year" / "12 months", "48 hours" / "two days";
#: helper paraphrase), and "11 months" is no year. Two figures in one unit compare as written.
DAYS_IN: dict[str, tuple[float, float]] = {"minutes": (1 / 1440, 1 / 1440), "hours": (1 / 24, 1 / 24), "days": (1.0, 1.0), "weeks": (7.0, 7.0),
                                           "months": (28.0, 31.0), "years": (365.0, 366.0)}


#: A unit of time and the next smaller one it is told with ("an hour and 45 minutes", "two days and
#: six hours", "3 hours 15 minutes", "a year and three months"): the larger unit -> (the smaller, how
#: many of it the larger holds). Such a span is one figure in the smaller unit (105 minutes), as
#: another outlet tells it ("roughly 105 minutes"; helper figures141, `halves.spell_halves`).
TIME_PARTS: dict[str, tuple[str, int]] = {"hours": ("minutes", 60), "minutes": ("seconds", 60), "days": ("hours", 24),
                                          "weeks": ("days", 7), "years": ("months", 12)}


def convertible_time(a: Quantity, b: Quantity) -> bool:
    """Two spans of time told in different units (`DAYS_IN`)."""
    return a.unit != b.unit and a.unit in DAYS_IN and b.unit in DAYS_IN


def convertible(a: Quantity, b: Quantity) -> bool:
    """Two figures in different units that still compare: sums in two currencies (or one written two
    ways), spans of time."""
    return convertible_money(a, b) or same_money(a, b) or convertible_time(a, b)


def figure_kind(q: Quantity) -> str:
    """What a figure measures, for pairing: "count", "year", or its unit ("%", "USD", "km", "adj:term")."""
    return figure_kind_of_unit(q.unit)


#: Words skipped when reading what a figure counts ("more than 300 of the people").
SKIP_COUNTED = frozenset(["of", "the", "a", "an", "more", "than", "people's", "were", "was", "had", "have", "and",
                          "to", "in", "on", "at"])

#: "a three-term congressman", "a 20-ounce bottle": a number joined to a noun by a hyphen is an
#: adjective, not a count. The unit becomes "adj:<noun>".
COMPOUND_AFTER = re.compile(r"-([a-z]+)")
ADJECTIVE_PREFIX = "adj:"
