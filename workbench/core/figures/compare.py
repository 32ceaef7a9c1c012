"""Comparing the figures of two claims: bounds, pairing, (in)compatibility, and their display.

The one figure comparison: matching decides duplicate / conflict with `pair_figures`, and the
window's similar-claims cards show `compare_figures` rows. Bounds are the rulebook's
(`figures.rules`): an open side ("more than 300") compares as 0 or infinity.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from workbench.core.figures.counted import (
    ANY_PEOPLE,
    PEOPLE,
    counted_alike,
    counted_of,
    counted_set,
    counted_stems,
    counts_alike,
    kind_keys,
    kind_stems,
    names_people,
    no_people_stems,
    people_names,
    same_kind,
)
from workbench.core.figures.currencies import bare_word
from workbench.core.figures.doer_roles import role_told_as_doers
from workbench.core.figures.misread import figures_misread
from workbench.core.figures.pair_roles import act_rank, role_rank, uncrossed
from workbench.core.figures.rules import (
    CURRENCY_BAND,
    DAYS_IN,
    EXACT_BELOW,
    LIFE_TERM_YEARS,
    MEASURES,
    OPEN_ABOVE_REACH,
    ORDERS_APART,
    ROUNDING_TOLERANCE,
    SCALED_UNITS,
    USD_PER_UNIT,
    YEAR,
    Hedge,
    convertible,
    convertible_money,
    convertible_time,
    figure_kind,
    hedged_bounds,
    is_exact,
    is_rounding_of,
    open_bound,
    open_reach,
    same_money,
    two_own_sums,
    written_step,
)
from workbench.core.language.actors import KIND_PARENTS
from workbench.core.language.alternation import trie
from workbench.core.language.kinds import kind_words, thing_kinds
from workbench.core.language.synonyms import noun_head_stems
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache


def as_quantities(items: Iterable[Quantity | dict] | None) -> list[Quantity]:
    """Quantities from stored rows (dicts) or Quantity objects."""
    if not items:
        return []
    return [q if isinstance(q, Quantity) else Quantity.from_dict(q) for q in items]


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


def _figure_key(q: Quantity) -> tuple:
    """What `_compatible` reads of a figure: every field but where it was found (`start`, `end`)."""
    return q.text, q.value, q.low, q.high, q.approximate, q.counted, q.unit


#: `compatible` by the two figures' `_figure_key`s: one story repeats few figures (on dense 5k
#: ~70 % of its calls ask an answer already given), and the rule takes ~20 us. Cleared when full.
_COMPATIBLE: dict[tuple, bool] = {}
COMPATIBLE_MAX = 50_000


def compatible(a: Quantity, b: Quantity, tolerance: float = ROUNDING_TOLERANCE) -> bool:
    """Whether the two figures can both be true (their bounds overlap, with rounding tolerance)."""
    key = (_figure_key(a), _figure_key(b), tolerance)
    found = _COMPATIBLE.get(key)
    if found is None:
        if len(_COMPATIBLE) >= COMPATIBLE_MAX:
            _COMPATIBLE.clear()
        found = _COMPATIBLE[key] = _compatible(a, b, tolerance)
    return found


def _compatible(a: Quantity, b: Quantity, tolerance: float) -> bool:
    ba, bb = bounds(a), bounds(b)
    if ba is None or bb is None:
        return True
    if convertible_money(a, b):  # "£1.7m" / "$2.2 million": the same sum only within the rate band
        return _in_band(a, ba, b, bb)
    if same_money(a, b) and a.unit in USD_PER_UNIT and b.unit in USD_PER_UNIT and _in_band(a, ba, b, bb) \
            and not (bare_word(a.text) or bare_word(b.text)):
        return True  # "A$5 million" / "$3.3 million": "$" may be either (at par they compare below;
        # "C$1.2 billion" / "880 million dollars" at par only: `currencies.bare_word`)
    if convertible_time(a, b):  # "for 30 days" / "for a month": in days, a month 28-31 of them
        (la, ha), (lb, hb) = DAYS_IN[a.unit or ""], DAYS_IN[b.unit or ""]
        return ba[0] * la <= bb[1] * hb * (1 + ROUNDING_TOLERANCE) and bb[0] * lb <= ba[1] * ha * (1 + ROUNDING_TOLERANCE)
    if ba[0] == ba[1] and bb[0] == bb[1] and ba[0] != bb[0] and _rounded(a, ba[0], b, bb[0]):
        return True  # "1,662" / "1,661.51": the one written with fewer digits is the other rounded
    # large exact figures get a small tolerance for rounding (1.5 million vs 1,520,000);
    # small counts and years must match exactly ("killed 30" vs "killed 31" is a conflict)
    if figure_kind(a) == YEAR or max(ba[0], bb[0]) < EXACT_BELOW:
        tolerance = 0.0
    oa, ob = open_bound(a), open_bound(b)
    if (oa or ob or a.approximate or b.approximate) and figure_kind(a) != YEAR \
            and figures_misread(a, b):
        return False  # "at least 12" / "21", "more than 4,000" / "some 40,000": one figure read two ways
    if oa is not None and ob is not None and oa[0] == ob[0] and abs(oa[1] - ob[1]) > tolerance * max(oa[1], ob[1]):
        return False  # "at least 87" / "at least 78": two tallies (`rules.open_bound`)
    if oa is None and ob is None and _two_estimates(a, b):
        # "about 50" / "around 60": two estimates agree when one's figure lies within the other's
        # hedge, not when the hedges merely touch (45-55 / 54-66; helper gen8)
        va, vb = float(a.value or 0), float(b.value or 0)
        return _within(va, bb, tolerance) or _within(vb, ba, tolerance)
    ba, bb = _reach(ba, oa, a), _reach(bb, ob, b)
    la, ha = ba[0] * (1 - tolerance), ba[1] * (1 + tolerance) if ba[1] != math.inf else math.inf
    return la <= bb[1] and bb[0] <= ha


def _in_band(a: Quantity, ba: tuple[float, float], b: Quantity, bb: tuple[float, float]) -> bool:
    """Whether two sums in two currencies can be one at the rough rates (`rules.CURRENCY_BAND`)."""
    ra, rb = USD_PER_UNIT[a.unit or ""], USD_PER_UNIT[b.unit or ""]
    return ba[0] * ra / CURRENCY_BAND <= bb[1] * rb and bb[0] * rb <= ba[1] * ra * CURRENCY_BAND


def _two_estimates(a: Quantity, b: Quantity) -> bool:
    """Two hedged figures ("about 50", "nearly 60") with different numbers."""
    return a.approximate and b.approximate and a.value is not None and b.value is not None and a.value != b.value


def _within(v: float, b: tuple[float, float], tolerance: float) -> bool:
    return b[0] * (1 - tolerance) <= v <= b[1] * (1 + tolerance)


def _reach(b: tuple[float, float], o: tuple[str, float] | None, q: Quantity) -> tuple[float, float]:
    """A figure open below as far as it reaches (`rules.open_reach`): "fewer than 100" is 50-100,
    "as many as 74" 49-74 when set against another figure. One open above reaches an order of magnitude (`rules.OPEN_ABOVE_REACH`):
    tolls rise ("at least 20" / "125 killed" is a possible update, `figures_over_time`)."""
    if o is None or o[1] <= 0:
        return b
    if o[0] == "above":  # a toll "at least 20" may rise to 125: a possible update, not another count
        return b[0], min(b[1], o[1] * OPEN_ABOVE_REACH)
    return max(b[0], o[1] / open_reach(q)), b[1]


def _rounded(a: Quantity, va: float, b: Quantity, vb: float) -> bool:
    sa, sb = written_step(a.text, va), written_step(b.text, vb)
    if sa is None or sb is None:
        return False
    return is_rounding_of(va, sa, vb, sb) if sa > sb else is_rounding_of(vb, sb, va, sa)


def _said_about(q: Quantity) -> Quantity | None:
    """The figure as if hedged with "about" (the rulebook's AROUND margin on each bound)."""
    b = bounds(q)
    if b is None:
        return None
    low = hedged_bounds(b[0], Hedge.AROUND)[0]
    high = hedged_bounds(b[1], Hedge.AROUND)[1] if b[1] != math.inf else None
    return Quantity(text=q.text, value=q.value, low=low, high=high, approximate=True, unit=q.unit,
                    counted=q.counted)


def within_hedge(a: Quantity, b: Quantity) -> bool:
    """Whether two figures would agree if either were said "about" ("about 120" / "125"): a slight
    difference, not a clearly different figure ("300" / "3,000"). Never for two exact figures
    (`rules.is_exact`: "120 protesters" / "125 protesters", "$21.51" / "$21.03" are other figures),
    nor for two hedged ones, whose own ranges already hold the "about" ("about 3,700" / "about 4,700")."""
    if is_exact(a) and is_exact(b):
        return False
    if figures_misread(a, b):
        return False  # "at least 18" / "81": one figure read two ways (`misread`), no slight difference
    if a.approximate and b.approximate:
        return False  # each already hedged ("about 3,700" / "about 4,700"): their own ranges are the margin
    xa, xb = _said_about(a), _said_about(b)
    return xa is None or xb is None or compatible(xa, b) or compatible(a, xb)


#: Smallest count that pairs across two differently named things by its number alone: "two" and
#: "three" of two things are common coincidences, "25 militants" / "25 fighters" rarely are.
SAME_FIGURE_MIN = 10


#: Counted words that may stand before the noun counted ("71 military aircraft"): no kind read.
_BEFORE_NOUN = frozenset(["military"])


@text_cache()  # of a figure's counted word and text: once per figure, not per pair
def _kinds_read(counted_word: str | None, text: str) -> frozenset[str]:
    """What a figure counts, for telling kinds apart: nothing when its counted word is an adjective
    the figure reader stopped at ("two water-bombing aircraft", "71 military aircraft": the kind is the
    next word, not read). A counted noun that is itself a kind the figure's words read is the only kind:
    a kind before it says what it is of ("420 cholera cases" / "420 cholera deaths": cases, deaths)."""
    counted = (counted_word or "").lower()
    if "-" in counted or counted in _BEFORE_NOUN:
        return frozenset()
    read = kind_keys(text)
    kinds = kind_stems()
    head = {kinds[s] for s in counted_set(counted) if s in kinds}
    if head and head <= {kinds[s] for s in read if s in kinds}:
        return frozenset(s for s in read if kinds.get(s) in head)
    return read


def _kinds_apart(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Whether two counted nouns are two kinds (`KINDS`) neither of which is part of the other
    ("40 homes" / "40 vehicles"; not "40 trucks" / "40 vehicles"). The dead are people of any kind
    ("Twelve dead" / "twelve miners were killed": `counted.ANY_PEOPLE`)."""
    if ka & ANY_PEOPLE and names_people(kb) or kb & ANY_PEOPLE and names_people(ka):
        return False
    kinds = kind_stems()
    xa, xb = {kinds[s] for s in ka if s in kinds}, {kinds[s] for s in kb if s in kinds}
    if not xa or not xb or xa & xb:
        return False
    return not any(x in KIND_PARENTS.get(y, ()) or y in KIND_PARENTS.get(x, ()) for x in xa for y in xb)


@lru_cache(maxsize=1)
def _kind_phrases() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every word and phrase of the news kinds, things and attacks (`language.kinds.kind_words`:
    "air raids", "mortar rounds"), as one pattern and {phrase: kind}."""
    table = {w.lower(): kind for kind, words in kind_words().items() for w in (kind, *words)}
    return re.compile(r"\b(" + trie(table) + r")\b"), table


def _one_kind(q: Quantity, r: Quantity) -> bool:
    """Whether two lone figures count one kind of thing named with other words ("7 airstrikes" /
    "seven air raids", "35 mortar rounds" / "35 shells"): one figure, as with one noun. The kind is
    the word the figure ends on, what it counts ("420 cholera cases" counts cases, not cholera)."""
    return (kind := _ends_on_kind(q.text)) is not None and kind == _ends_on_kind(r.text)


@text_cache()
def _ends_on_kind(figure_text: str) -> str | None:
    """The kind a figure's words end on (`_one_kind`), read once per figure's text."""
    pattern, table = _kind_phrases()
    text = figure_text.lower().rstrip()
    found = [m for m in pattern.finditer(text) if m.end() == len(text)]
    return table[found[-1].group(1)] if found else None


def _known_apart(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Whether the tables know the two counted nouns for different things: each is a synonym-table
    noun and they share none ("300 residents" / "300 workers"), one counts people and the other is
    a table noun or a kind of thing (`language.kinds`) that does not ("300 civilians" / "300 homes",
    "28 people" / "28 missiles")."""
    table = noun_head_stems()
    ta, tb = ka & table, kb & table
    if ta and tb and not ta & tb and not role_told_as_doers(ka, kb):  # ("3 attackers" / "3 gunmen": `doer_roles`)
        return True
    people_a, people_b = PEOPLE in ka and not ka & people_names(), PEOPLE in kb and not kb & people_names()
    return people_a != people_b and bool(tb or _things(kb) if people_a else ta or _things(ka))


def _things(counted: frozenset[str]) -> bool:
    """Whether counted stems name a kind of thing (`language.kinds`: "missiles", "homes") or a head
    noun that counts no person (`counted.COUNTS_NO_PEOPLE`: "points", "cattle"), no people."""
    return bool(counted & no_people_stems()) or any(kind_stems().get(s) in thing_kinds() for s in counted)


def counted_apart(a: Quantity, b: Quantity) -> bool:
    """Whether the synonym table knows the two figures' counted nouns for different things
    (`_known_apart`: "300 residents" / "300 workers"), neither being plain "people".

    Not `counted_kinds_apart`, which overlaps it (both say "two figures count different things")
    but is another rule; they were kept apart after review because no one rule gives both
    behaviours:
    - table: here the noun synonym table's group heads (`language.synonyms`), with people against
      a table thing; there `language.actors.KINDS` with `KIND_PARENTS` (a kind inside another is
      no other kind: "250 trucks" / "250 vehicles");
    - words read: here `Quantity.counted`, the head noun ("workers" of "12 aid workers"); there the
      whole figure (`Quantity.text`: "14 unmanned aerial vehicles" are drones), one-word kinds;
    - use: here a predicate of one pair of figures, asked by `match.anchor.other_count` of two
      counts whose numbers agree ("two counts: ...", read with the doers, after the other-fact
      rules); there a rule over the whole `FigureCheck` (no figure paired, one left in each claim,
      no unit, one figure kind) that gives compare's other-fact reason ("another thing counted").
    compare asks `counted_kinds_apart` first, and `other_count` only when it gave nothing.
    They disagree both ways: "12 aid workers" / "12 civilians" and "300 residents" / "300 workers"
    are apart here only; "50 fighters" / "50 civilians" only there ("fighters" is no table head);
    "40 civilians" / "40 homes" and "7 rockets" / "7 drones" in both. `same_written_figure` reads
    both tables (`_known_apart` or `_kinds_apart`) to keep such figures from pairing by number."""
    if not a.counted or not b.counted:
        return False
    ka, kb = counted_of(a), counted_of(b)  # (plain people are no things: "28 people" / "28 missiles")
    return _known_apart(ka, kb) and (not (ka | kb) & ANY_PEOPLE or _things(ka) != _things(kb))


def counted_kinds_apart(check: FigureCheck) -> str | None:
    """'another thing counted: 250 trucks / 250 homes' when each claim gives one figure, left
    unpaired, and what they count are two kinds (`language.actors.KINDS`), neither a part of the
    other ("killed 30 soldiers" / "killed 30 civilians", "looted 250 trucks" / "looted 250
    shops"): the same act told of other people or things is another fact. ("12 workers" / "12
    miners" stay: not two kinds the table knows.) How it differs from `counted_apart` (another
    table, the whole figure read, a rule over all figures with its own reason) and why both
    exist: see there."""
    if check.pairs or len(check.unpaired_a) != 1 or len(check.unpaired_b) != 1:
        return None
    a, b = check.unpaired_a[0], check.unpaired_b[0]
    if not a.counted or not b.counted or a.unit or b.unit or figure_kind(a) != figure_kind(b):
        return None
    if not _kinds_apart(_kinds_read(a.counted, a.text), _kinds_read(b.counted, b.text)):
        return None  # not two kinds, or one a part of the other: "12 aid workers" / "12 civilians"
    return f"another thing counted: {' '.join(a.text.split())} / {' '.join(b.text.split())}"


def sums_apart(check: FigureCheck) -> str | None:
    """'another sum: $400 million / 30 billion rupee': one unpaired figure a side, each a sum set in its
    own currency (`rules.two_own_sums`), two deals, another fact (as in `counted_kinds_apart`)."""
    if check.pairs or len(check.unpaired_a) != 1 or len(check.unpaired_b) != 1 \
            or not two_own_sums(check.unpaired_a[0], check.unpaired_b[0]):
        return None
    return f"another sum: {' '.join(check.unpaired_a[0].text.split())} / {' '.join(check.unpaired_b[0].text.split())}"


def same_written_figure(a: Quantity, b: Quantity) -> bool:
    """The same count of at least SAME_FIGURE_MIN (or the same range) in two claims that name what
    they count with nouns the synonym table does not know apart ("25 militants" / "twenty-five
    fighters", "27 guards" / "27 sentries"): news retells a figure with another noun far more often
    than two figures of one statement coincide, so the two pair (and agree); what else differs is
    the words' to judge. Nouns the table knows for different things stay unpaired ("300 residents"
    / "300 workers", "40 civilians" / "40 homes")."""
    if a.unit or b.unit or figure_kind(a) != figure_kind(b) or figure_kind(a) == YEAR:
        return False
    if a.counted and b.counted and (_known_apart(counted_of(a), counted_of(b))
                                    or _kinds_apart(_kinds_read(a.counted, a.text), _kinds_read(b.counted, b.text))):
        return False  # (kinds read from the whole figure: "14 unmanned aerial vehicles" are drones)
    # any count of one kind ("7 rockets" / "seven missiles"); of things not known as one kind, from SAME_FIGURE_MIN
    least = 0 if a.counted and b.counted and same_kind(kind_keys(a.text), kind_keys(b.text)) else SAME_FIGURE_MIN
    if a.value is not None and b.value is not None:
        return a.value == b.value and a.value >= least
    return a.value is None and b.value is None and a.low is not None and a.high is not None \
        and (a.low, a.high) == (b.low, b.high) and a.low >= least


def count_the_same(a: Quantity, b: Quantity) -> bool:
    """Whether two paired figures are known to count the same thing: their nouns share a stem or a
    synonym group, or one names nothing. A pair made by number alone (`same_written_figure`:
    "3,500 rockets" / "3,500 candidates") agrees as a figure but anchors nothing: in dense news
    one figure on one day is told of many things."""
    ka, kb = counted_stems(a), counted_stems(b)
    return not ka or not kb or counted_alike(ka, kb) or same_kind(kind_keys(a.text), kind_keys(b.text))


class FigureCheck:
    """Figures of two claims paired. The lists a comparison reads are sorted out once, in one
    pass over the pairs; the two that need `within_hedge` only when first read. (Not
    `functools.cached_property`: on Python 3.11 its first read takes a lock, ~1 us, and a
    comparison made five such reads per pair.)"""

    __slots__ = ("pairs", "unpaired_a", "unpaired_b", "conflicts", "agreements", "year_agreements",
                 "year_conflicts", "_near", "_clear")

    def __init__(self, pairs: list[tuple[Quantity, Quantity, bool]], unpaired_a: list[Quantity],
                 unpaired_b: list[Quantity]) -> None:
        self.pairs = pairs  # (a, b, compatible)
        self.unpaired_a = unpaired_a
        self.unpaired_b = unpaired_b
        self.conflicts: list[tuple[Quantity, Quantity]] = []
        self.agreements: list[tuple[Quantity, Quantity]] = []
        self.year_agreements: list[tuple[Quantity, Quantity]] = []
        self.year_conflicts: list[tuple[Quantity, Quantity]] = []
        for a, b, ok in pairs:
            year = figure_kind(a) == YEAR
            target = (self.year_agreements if year else self.agreements) if ok else \
                (self.year_conflicts if year else self.conflicts)
            target.append((a, b))
        self._near: list[tuple[Quantity, Quantity]] | None = None
        self._clear: list[tuple[Quantity, Quantity]] | None = None

    def __repr__(self) -> str:
        return f"FigureCheck(pairs={self.pairs!r}, unpaired_a={self.unpaired_a!r}, unpaired_b={self.unpaired_b!r})"

    def _split(self) -> None:
        near: list[tuple[Quantity, Quantity]] = []
        clear: list[tuple[Quantity, Quantity]] = []
        for a, b in self.conflicts:
            (near if within_hedge(a, b) else clear).append((a, b))
        self._near, self._clear = near, clear

    @property
    def near_conflicts(self) -> list[tuple[Quantity, Quantity]]:
        """Conflicts within the "about" tolerance (`within_hedge`: "296" / "300"): no hard clash."""
        if self._near is None:
            self._split()
        return self._near  # type: ignore[return-value]

    @property
    def clear_conflicts(self) -> list[tuple[Quantity, Quantity]]:
        """Conflicts beyond the "about" tolerance: a hard clash ("300" / "3,000")."""
        if self._clear is None:
            self._split()
        return self._clear  # type: ignore[return-value]


#: What plain "people" counts, as `counted_stems` reads it: the people mark and "people" itself.
_ANY_COUNT_OF_PEOPLE = frozenset({PEOPLE}) | ANY_PEOPLE


def pair_figures(qa: list[Quantity], qb: list[Quantity],
                 acts: tuple[list[frozenset[str]], list[frozenset[str]]] | None = None) -> FigureCheck:
    """Pair each figure of A with the figure of B that counts the same thing.

    Same kind (count, %, money, year) is required; the counted nouns decide between several
    candidates; when each claim has one figure of a kind, those two are paired even if they
    name what they count differently ("500,000 people" / "half a million Iraqis"). Figures that
    disagree pair too when their nouns may count one thing (`counted.counted_alike`: "300 workers"
    / "450 jobs", "50 protesters" / "80 people"): a changed figure of one count is a clash, not two
    counts; agreeing ones pair so only by number (`same_written_figure`), as before, since one
    number told of "people" and of "children" anchors no duplicate (dispatch 3k P 0.887 -> 0.880).

    `acts`: each figure's act (`match.figure_acts`: "was killed", "were hurt") when both claims
    hold several figures: after the specific nouns, a figure pairs first with one told of the same
    act, last with one told of another act; plain "people" shared counts only after the values.
    """
    # Every candidate pair is ranked and the best are taken first, so the pairing is the same
    # whichever claim comes first (compare(a, b) and compare(b, a) agree).
    if not qa or not qb:
        return FigureCheck([], list(qa), list(qb))
    if len(qa) == 1 and len(qb) == 1:  # most claims give one figure: the one candidate, or none
        q, r = qa[0], qb[0]
        if figure_kind(r) == figure_kind(q) or convertible(q, r):
            ka, kb = counted_of(q), counted_of(r)
            agree = compatible(q, r)
            if not (ka and kb and not ka & kb) or same_written_figure(q, r) or _one_kind(q, r) \
                    or not agree and counts_alike(q, r):
                return FigureCheck([(q, r, agree)], [], [])
        return FigureCheck([], [q], [r])
    candidates: list[tuple[tuple[Any, ...], int, int]] = []
    ok: dict[tuple[int, int], bool] = {}
    roles: dict[tuple[int, int], tuple[bool, int]] = {}  # (shares a counted noun itself, act rank): `uncrossed`
    for i, q in enumerate(qa):
        ca = counted_stems(q)
        kind = figure_kind(q)
        for j, r in enumerate(qb):
            across = figure_kind(r) != kind
            if across and not convertible(q, r):
                continue
            # a sum in one currency pairs with one in that currency first: "1.3315 Swiss francs"
            # with "1.3302 francs", not with "109.51 yen" it agrees with only by the rough rates
            one_unit = not (across and convertible_money(q, r))
            cb = counted_stems(r)
            overlap = len(ca & cb)
            if ca and cb and not overlap and not same_written_figure(q, r) \
                    and not same_kind(counted_set(q.text), counted_set(r.text)) \
                    and not (counted_alike(ca, cb) and not compatible(q, r)):
                # different things counted: "2,900 containers" is no conflict with "415 churches";
                # two names of one kind fill one slot ("84 Wagner fighters" / "48 Wagner mercenaries")
                continue
            agree = ok[i, j] = compatible(q, r)
            if not overlap and not agree and (not ca or not cb) and _orders_apart(q, r):
                # by elimination only: a count that names nothing ("demonstrations by tens of
                # thousands") is no other version of "three people" killed
                continue
            # plain "people" shared ("One person" / "590 people") tells less than a figure agreeing
            # with a figure of another name ("590 injured" / "590 people"): two counts told in
            # other orders pair by what they count, not by "people" (helper dup93)
            generic = len(ca & cb & _ANY_COUNT_OF_PEOPLE) if overlap else 0
            act = act_rank(acts[0][i], acts[1][j]) if acts is not None else 0
            role = role_rank(acts[0][i], acts[1][j]) if acts is not None else 0
            roles[i, j] = (any(not t.startswith("<") and t not in _ANY_COUNT_OF_PEOPLE for t in ca & cb), min(act, role))
            rank = (role, overlap - generic, act, one_unit, agree, generic, -abs(i - j), -(i + j), tuple(sorted((q.text, r.text))))
            candidates.append((rank, i, j))
    candidates.sort(key=lambda c: c[0], reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    chosen: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            chosen.append((i, j))
    chosen = uncrossed(chosen, ok, roles)
    pairs = [(qa[i], qb[j], ok[i, j]) for i, j in sorted(chosen)]
    unpaired_a = [q for i, q in enumerate(qa) if i not in used_a]
    unpaired_b = [r for j, r in enumerate(qb) if j not in used_b]
    return FigureCheck(pairs, unpaired_a, unpaired_b)


def _orders_apart(q: Quantity, r: Quantity) -> bool:
    bq, br = bounds(q), bounds(r)
    if bq is None or br is None or min(bq[0], br[0]) <= 0:
        return False
    return max(bq[0], br[0]) >= ORDERS_APART * min(bq[0], br[0])  # the least each claim says


def describe(q: Quantity) -> str:
    """'"nearly 500 people" (450-500)': the words and the range they allow."""
    b = bounds(q)
    if b is None:
        return q.text
    low, high = b
    converted = converted_unit(q)
    shown = (lambda x: f"{x:,.4g}" if abs(x) < 10_000 else f"{x:,.0f}") if converted else (lambda x: f"{x:,.10g}")
    if low == high:
        rng = shown(low)
    elif q.value is None and q.low == LIFE_TERM_YEARS and high == math.inf:
        return f'"{q.text.strip()}" (life)'
    elif high == math.inf:
        rng = f">= {shown(low)}"
    else:
        rng = f"{shown(low)}-{shown(high)}"
    return f'"{q.text.strip()}" ({rng}{" " + converted if converted else ""})'


def converted_unit(q: Quantity) -> str | None:
    """The unit a figure was read in when its words name another ("30 miles" read in km: `SCALED_UNITS`),
    so that the range shown says which unit it is in."""
    written = _written_in().get(q.unit or "")
    return None if written is None or written.search(q.text.lower()) else q.unit


@lru_cache(maxsize=1)
def _written_in() -> dict[str, re.Pattern[str]]:
    """{each unit a figure may be converted into (`SCALED_UNITS`): the words that write it (`MEASURES`)}."""
    targets = {target for target, _factor, _rounded in SCALED_UNITS.values()}
    return {unit: re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w, u in MEASURES.items() if u == unit)
                             + r")(?![a-z])") for unit in targets}


# --------------------------------------------------------------------------------------------
# Side by side, for display


def display_text(q: Quantity) -> str:
    """A figure as shown: its words on one line, or its value when the words are missing."""
    return " ".join(q.text.split()) or (f"{q.value:,.10g}" if q.value is not None else "?")


@dataclass
class FigureRow:
    this: str | None
    other: str | None
    ok: bool  # compatible (or nothing to compare against)


def without_glosses(check: FigureCheck, a: str, b: str, qa: list[Quantity], qb: list[Quantity]) -> FigureCheck:
    """`check` without the unpaired figures that gloss, in brackets, a figure paired and agreeing
    ("1,500 households (about 7,500 people)", "120 mm (5 inches)", "EUR 36.8 million ($40m)"): the
    same figure told another way, no figure of its own (the figures' offsets index `a` and `b`)."""
    if not check.unpaired_a and not check.unpaired_b:
        return check
    agreeing = {id(q) for pair in check.agreements for q in pair}
    kept = [[q for q in unpaired if _glossed_partner(text, qs, q) not in agreeing]
            for text, qs, unpaired in ((a, qa, check.unpaired_a), (b, qb, check.unpaired_b))]
    if len(kept[0]) == len(check.unpaired_a) and len(kept[1]) == len(check.unpaired_b):
        return check
    return FigureCheck(check.pairs, kept[0], kept[1])


def _glossed_partner(text: str, qs: list[Quantity], q: Quantity) -> int | None:
    """The id of the figure `q` stands in brackets beside ("X (q)", "q (X)"), or None."""
    for r in qs:
        first, second = (r, q) if r.end <= q.start else (q, r)
        if r is not q and text[first.end:second.start].strip() == "(" \
                and text[second.end:second.end + 3].lstrip().startswith(")"):
            return id(r)
    return None


def compare_figures(this_q: Iterable[Quantity | dict[str, Any]] | None,
                    other_q: Iterable[Quantity | dict[str, Any]] | None) -> list[FigureRow]:
    """Figures of two claims paired side by side (the window's similar-claims cards); unpaired
    ones have an empty side."""
    qa, qb = as_quantities(this_q), as_quantities(other_q)
    if not qa and not qb:
        return []
    check = pair_figures(qa, qb)
    rows = [FigureRow(display_text(a), display_text(b), ok) for a, b, ok in check.pairs]
    rows += [FigureRow(display_text(a), None, True) for a in check.unpaired_a]
    rows += [FigureRow(None, display_text(b), True) for b in check.unpaired_b]
    return rows
