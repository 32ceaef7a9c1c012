"""The same figure on the same day is one fact: when two claims' figures and day anchor them, and
how alike their statements must then be (docs/matching.md, "The same figure on the same day").

The learned decision weighs wording (it was fitted on MRPC), so retellings of one fact with the
frames moved, another voice and a transliteration fall below a duplicate. In dense news the
figure, the day and the place say more than the words: a pair whose figures all agree (none
clashing, none unpaired) and whose dates agree is a duplicate once its statements have the same
shape, whatever the words' probability. Nothing clashing and no other fact are `compare`'s to check.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from workbench.core import figures as fig
from workbench.core.figures.currencies import MONEY_UNITS
from workbench.core.figures.rules import ADJECTIVE_PREFIX, MEASURE_DIMENSIONS
from workbench.core.match import decision, knowledge
from workbench.core.match.doers import same_doer
from workbench.core.model import Quantity

#: The same-statement probability an anchored pair (the same figure on the same day, nothing
#: clashing, no other fact) needs to be a duplicate whatever its wording.
ANCHORED_MIN_SAME = 0.25
#: The same, when the figures were paired by number alone, across two nouns (`figures.count_the_same`)
#: in claims not naming one place, or when one claim gives no date, both name one place and
#: their figures were paired by number alone.
ANCHORED_BY_NUMBER_MIN_SAME = 0.45
#: The same, when one claim gives no date but both name one place and count the same thing: a
#: retelling that leaves the day out (a headline, "... in Dadu last week") is the anchored fact
#: told without its day, so it needs what a dated pair needs (docs/matching.md, recall20k).
ANCHORED_UNDATED_MIN_SAME = ANCHORED_MIN_SAME


#: The same, when both claims also name one place and tell the same events, and their figures
#: count the same thing: every slot of the fact agrees, and only the words differ.
ANCHORED_ALL_SLOTS_MIN_SAME = 0.1


def anchor_floor(check: fig.FigureCheck, dates: knowledge.DateCheck, same_place: bool,
                 same_events: bool = False) -> float | None:
    """The same-statement probability that makes an anchored pair a duplicate, or None when the
    pair is not anchored. Anchored: every figure paired and agreeing, and the same day - or, when
    one claim gives no date, both claims in the same place (from the higher floor when a figure
    was paired by number alone). A
    figure paired by number alone ("3,500 rockets" / "3,500 candidates") also needs the higher
    floor unless both claims name the same place ("800 militants" / "800 fighters" in El Geneina)."""
    if not check.agreements or check.conflicts or check.unpaired_a or check.unpaired_b:
        return None
    if dates.verdict is None and same_place:
        if all(fig.count_the_same(x, y) for x, y in check.agreements):
            return ANCHORED_UNDATED_MIN_SAME
        return ANCHORED_BY_NUMBER_MIN_SAME
    if dates.verdict != knowledge.DATES_AGREE:
        return None
    if not same_place and not all(fig.count_the_same(x, y) for x, y in check.agreements):
        return ANCHORED_BY_NUMBER_MIN_SAME
    if same_place and same_events and all(fig.count_the_same(x, y) for x, y in check.agreements):
        return ANCHORED_ALL_SLOTS_MIN_SAME
    return ANCHORED_MIN_SAME


#: The same, when no figure anchors the pair but every slot it fills agrees: one place or one doer
#: named by both (or the same day), no figure unpaired or clashing, no date apart, and no knowledge
#: setting the acts, doers or places apart: the floor of a pair anchored by less than a figure.
#: 0.55, above a figure's 0.45 (stop 32, lexical path, `train_decision.py --check`): at 0.45 the
#: floor made MRPC pairs that share only a place duplicates (train 0.764 -> 0.755) and ECB+
#: different-event pairs 50 -> 66; at 0.55 MRPC train 0.758, ECB+ 55, and the invented event pairs
#: keep every pair the floor won (sets 1-40 927, 41-52 263; look-alike events 2075 -> 2036 same-event
#: links, 2 cross-event either way); at 0.65 two event pairs are lost.
SLOTS_MIN_SAME = 0.55
#: The same on the semantic path, asked of the semantic model's own same-statement probability
#: (not the larger of the two models': there "Inflation in Turkey eased in November" / "Turkey won
#: the football match in November" reached it). Stop 35 swept it: at 0.55 sets 41-68 +4 pairs and
#: ECB+ same-event links 208 -> 228, but ECB+ different-event 47 -> 49 and MRPC dev 0.774 -> 0.766;
#: at 0.6 sets 41-68 +3, derived duplicates 139 -> 141 of 144, ECB+ same-event 225 with different-event
#: 47 unchanged, MRPC train 0.773 -> 0.771, dev 0.768; at 0.7 no pair won.
SLOTS_MIN_SAME_SEMANTIC = 0.6


def slots_floor(check: fig.FigureCheck, dates: knowledge.DateCheck, same_place: bool,
                named: tuple[frozenset[str] | None, frozenset[str] | None, set[str]] | None = None
                ) -> tuple[float, bool] | None:
    """The same-statement probability that makes a pair whose slots all agree a duplicate, or None.

    The learned decision counts shared words (fitted on MRPC), so a paraphrase of one fact with
    few words in common ("Nairobi has scrapped the contested finance bill" / "Kenya's government
    dropped the disputed finance bill") falls below a duplicate though its place, doer, act and day
    agree. What sets two facts apart (another place, doer, act, count, day) is `compare`'s to
    check; a pair that nothing sets apart and that shares a place, a doer or a day is one fact
    once its statements are about as alike as a retelling's (docs/matching.md, "Slots agree").

    Returns (the floor, whether it is asked of this path's own model only) or None.

    `named`, on the semantic path: the two claims' doers and the names one claim gives and the other
    does not. There one doer named by both and no name left over ("Accra has deployed soldiers" /
    "Ghana has sent troops") gives the lexical floor, asked of either model (`same_statement`):
    the sentence model reads a capital for its government, or a synonym verb, as another statement
    (pairsdup7; a doer alone let "Klitschko stopped Rahman" / "Klitschko stopped Thompson" through,
    ECB+). Else the semantic model alone must reach `SLOTS_MIN_SAME_SEMANTIC` (a shared place or day
    with either model let "Inflation in Turkey eased in November" / "Turkey won the football match
    in November" through; docs/matching.md, "Slots agree" and "Duplicates read from sets 65-68")."""
    if check.conflicts or check.unpaired_a or check.unpaired_b or dates.verdict not in (None, knowledge.DATES_AGREE):
        return None
    if not (same_place or dates.verdict == knowledge.DATES_AGREE):
        return None
    if named is None:
        return SLOTS_MIN_SAME, True
    leader = _leader_named(named[0], named[1])
    if not named[2] - leader and (leader or same_doer(named[0], named[1], (), ())):
        return SLOTS_MIN_SAME, False
    return SLOTS_MIN_SAME_SEMANTIC, True


def _leader_named(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str]:
    """The names one claim's doer has beyond the other's whole doer: its leader's name told beside
    the state the other names alone ("South Africa's President Cyril Ramaphosa" / "Pretoria"), no
    name of another thing (sets 109-112)."""
    if not a or not b or a == b or all(d.startswith("<") for d in a & b):
        return frozenset()  # (a state named by both, not only a kind of doer)
    own = a - b if b < a else b - a if a < b else frozenset()
    if own:  # and the state's own words ("the South African presidency": a demonym no table lists)
        words = _state_words()
        own |= {w for t in a & b for w in words.get(t, ())}
    return own


@lru_cache(maxsize=1)
def _state_words() -> dict[str, frozenset[str]]:
    """{a state's actor token: the words of its names and their "-n" adjectives} ("south", "african")."""
    out: dict[str, set[str]] = {}
    for name, canonical in knowledge.country_names().items():
        words = out.setdefault(knowledge.actor_token(canonical).lower(), set())
        for w in name.lower().split():
            words.update((w, w + "n", w + "an"))
    return {k: frozenset(v) for k, v in out.items()}


def clash_floor(check: fig.FigureCheck, dates: knowledge.DateCheck, same_place: bool) -> float | None:
    """The same-statement probability that makes a pair whose figures clash a conflict, or None.

    The mirror of `anchor_floor`: a conflict is a pair that would be a duplicate had its figures
    agreed, and a retelling's words are often alike mostly through its figure ("The fire has
    burned through 12,000 hectares since Tuesday" / "Since Tuesday the wildfire has scorched
    18000 ha"). When every figure is paired, each counts the same thing as its partner and the day
    (or, when a claim gives none, the place) agrees, the pair is one fact told with two figures
    once its statements have the shape an anchored duplicate needs."""
    if not check.conflicts or check.unpaired_a or check.unpaired_b \
            or not all(fig.count_the_same(x, y) for x, y in check.conflicts + check.agreements):
        return None
    if dates.verdict == knowledge.DATES_AGREE or dates.verdict is None and same_place:
        # a figure read two ways ("31 percent" / "13%": `figures.misread`) is itself one count told twice
        misread = all(fig.figures_misread(x, y) for x, y in check.conflicts)
        if misread and all(fig.digits_swapped(x, y) for x, y in check.conflicts):
            return SWAPPED_DIGITS_MIN_SAME
        return OPPOSED_MIN_SAME if misread else ANCHORED_BY_NUMBER_MIN_SAME
    return None


#: The same-statement probability that makes a pair telling opposite outcomes of one act (ground
#: taken / lost, confirmed / denied: `match.opposites`) or one denying what the other tells a
#: conflict; in one place, from the related cut point (`OPPOSED_IN_ONE_PLACE`).
OPPOSED_MIN_SAME = 0.25
#: The same-statement probability that makes a clash of figures with their digits swapped (three
#: at least: "1,426" / "1,246") a conflict, below the related cut point: the figure itself ties two
#: retellings told in other words ("a committee said 1,426 people were killed in the March violence"
#: / "the inquiry into the March bloodshed put the death toll at 1,246"; helper conf85, sets 85-88).
SWAPPED_DIGITS_MIN_SAME = 0.10
OPPOSED_IN_ONE_PLACE = 0.25


def opposed_floor(opposite: str | None, same_place: bool, figures_at: float | None) -> float | None:
    """The same-statement probability that makes a pair with opposite outcomes (or a denial) a
    conflict, or None (then the conflict cut point): the mirror of `clash_floor` for an outcome.
    Two claims that tell one act's two outcomes ("Government forces recaptured Bambari" / "The army
    lost control of Bambari") are one fact told two ways, however their other words differ: the
    words that differ are the clash itself, and who says so ("a military spokesman said" / "the
    rebels said"). In one place (or, naming none, of one doer) any pair related at all is one; the
    lower of this and the figures' floor `figures_at`."""
    if opposite is None:
        return figures_at
    at = OPPOSED_IN_ONE_PLACE if same_place else OPPOSED_MIN_SAME
    return at if figures_at is None else min(figures_at, at)


def same_statement(features: Sequence[float], p_same: float, semantic: bool) -> float:
    """How surely two anchored claims make one statement: the larger of the two models' p_same.
    The semantic model reads a retelling's middling cosine (typos, another voice, a headline) as
    another statement more than its words do; the anchor asks about the statement's shape."""
    if not semantic:
        return p_same
    return max(p_same, decision.probabilities_of(features, semantic=False)[1])


def other_count(check: fig.FigureCheck) -> str | None:
    """'two counts: x / y' when each claim gives one count, of different things ("forty staff
    members" / "seventy-five demonstrators": `figures.pair_figures` leaves them unpaired, so no
    conflict), and the two numbers would disagree had they been paired, or the synonym table knows
    the two nouns for different things ("300 protesters" / "300 residents": `figures.counted_apart`):
    the two claims do not state one figure, so they are no duplicate (another fact, told in the
    same frame of day and place: a sibling in dense news)."""
    if check.pairs or len(check.unpaired_a) != 1 or len(check.unpaired_b) != 1:
        return None
    q, r = check.unpaired_a[0], check.unpaired_b[0]
    if measured_apart(q, r):
        return f"figures of different things: {q.text.strip()} / {r.text.strip()}"
    if fig.figure_kind(q) != fig.COUNT or fig.figure_kind(r) != fig.COUNT \
            or not fig.counted_stems(q) or not fig.counted_stems(r) \
            or (fig.compatible(q, r) or fig.within_hedge(q, r)) and not fig.counted_apart(q, r):
        return None
    return f"two counts: {q.text.strip()} / {r.text.strip()}"


def measured_apart(q: Quantity, r: Quantity) -> bool:
    """Two figures that cannot be of one thing: physical measures of two dimensions ("winds of 40
    knots" / "waves of four metres"), or such a measure and a count of named things ("1,200
    lorries" / "1,200 tonnes of produce") or a sum of money ("a $400m upgrade" / "a 400m-long
    pier"), whatever their values."""
    dq, dr = MEASURE_DIMENSIONS.get(q.unit or ""), MEASURE_DIMENSIONS.get(r.unit or "")
    if dq is not None and dr is not None:
        return dq != dr
    if dq is None and dr is None:
        return False
    if (q.unit if dr is not None else r.unit) in MONEY_UNITS:  # "a $400m upgrade" / "a 400m-long pier" (helper dup153)
        return True
    count = r if dq is not None else q
    return fig.figure_kind(count) == fig.COUNT and bool(fig.counted_stems(count))


def unpaired_clash(check: fig.FigureCheck) -> bool:
    """Each claim gives one figure, pairing leaves both unpaired (one reads as an adjective, "an
    18-member delegation", or names nothing counted), `other_count` reads no two counts, and the
    values disagree: one slot told with two numbers ("a delegation of 12 officials" / "an 18-member
    delegation"), a clash, never a duplicate. Years and two kinds of measure are left out."""
    if check.pairs or len(check.unpaired_a) != 1 or len(check.unpaired_b) != 1 or other_count(check):
        return False
    q, r = check.unpaired_a[0], check.unpaired_b[0]
    kinds = {fig.figure_kind(q), fig.figure_kind(r)}
    if fig.YEAR in kinds or len(kinds - {fig.COUNT}) > 1 or len(kinds) > 1 and not any(
            k.startswith(ADJECTIVE_PREFIX) for k in kinds):
        return False
    return q.value is not None and r.value is not None and not (fig.compatible(q, r) or fig.within_hedge(q, r))
