"""Two legs of one journey: "The migrants disembarked at the port of Shëngjin" / "The migrants were
taken by bus from Shëngjin to the Gjadër centre". The words, the people and the day are the same,
the place too, but one claim tells the arrival at a place and the other the move onward from it:
two facts (helper notact117, blind set 118). The verbs tell it no better than the places ("taken"
is a light verb, "disembarked" no table's), so the reading is of the places: the place one claim's
move starts from ("from P to Q") is where the other's act happens, and the other never names the
end of the move (Q) nor any place a move starts from. A claim naming Q ("arrived at Gjadër") may
tell the same leg's end; one naming "from P" tells the same leg.

`move_of` is read once per claim's reported wording (`text_cache`); a pair reads two cached values
and returns at once when neither claim tells a move from one place to another.
"""

from __future__ import annotations

import re

from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: A move from one place to another in a reported, lower-case wording: "from shëngjin to the
#: gjadër centre" (up to four words and three, the article after "to" skipped).
_FROM_TO = re.compile(r"\bfrom ((?:[\w'’-]+ ){0,3}?[\w'’-]+) to (?:the |an? )?((?:[\w'’-]+ ){0,2}?[\w'’-]+)\b")
#: Words a place's span may hold that name no place ("the", a light word the span ran into).
_NOT_PLACE = frozenset(["the", "a", "an", "its", "their", "his", "her", "on", "in", "at", "by"])


@text_cache()
def move_of(wording: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the tokens of the place a move starts from, those of where it ends) of a claim's reported
    wording, or None when it tells no move "from ... to ..."."""
    if "from " not in wording or " to " not in wording:
        return None
    m = _FROM_TO.search(wording)
    if m is None:
        return None
    start = frozenset(normalize(" ".join(w for w in m.group(1).split() if w not in _NOT_PLACE)).tokens)
    end = frozenset(normalize(" ".join(w for w in m.group(2).split() if w not in _NOT_PLACE)).tokens)
    if any(c.isdigit() for c in m.group(0)):
        return None  # a change of a figure ("rose from 5 to 10 percent"), no journey
    return (start, end) if start and end and not start & end else None


#: How many words before a place its "at" / "in" may stand ("at the port of shëngjin").
_AT_WITHIN = 4


def _placed_at(wording: str, place: frozenset[str]) -> bool:
    """Whether a wording tells its act at or in the place (the place's word after "at" / "in" within
    `_AT_WITHIN` words): "the EU will give Tunisia" names the EU as no place."""
    words = wording.split()
    return any(set(normalize(w).tokens) & place and ({"at", "in"} & set(words[max(0, k - _AT_WITHIN):k]))
               for k, w in enumerate(words))


def legs_apart(surface_a: str, surface_b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> str | None:
    """'two legs of a journey: at shengjin / from shengjin to gjader' when one claim's move starts
    from a place (`move_of`) the other claim tells its act at or in (`_placed_at`), without any move
    from it and without the move's end. `surface_*`: the claims' reported wordings; `tokens_*` their normalised tokens."""
    move_a, move_b = move_of(surface_a), move_of(surface_b)
    if (move_a is None) == (move_b is None):
        return None  # no move, or a move in both (one leg told twice, or two legs: their places say)
    move, tokens_other, other = (move_a, tokens_b, surface_b) if move_a is not None else (move_b, tokens_a, surface_a)
    if move is None:
        return None
    start, end = move
    if not start <= tokens_other or end & tokens_other or "from " in other or not _placed_at(other, start):
        return None
    return f"two legs of a journey: at {' '.join(sorted(start))} / from {' '.join(sorted(start))} to {' '.join(sorted(end))}"


#: How many tokens two claims telling one journey the other way may differ by ("sailing" / "sailed").
_REVERSED_MAX_DIFFERENT = 2
#: A plural noun right before "from" ("flights from", "exports from"; not "bus from", "express from").
_PLURAL_FROM = re.compile(r"\b\w+[^\Wus]s from ")


def route_reversed(surfaces: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'the route told the other way: from shalimar kolkata to chennai / from chennai to shalimar kolkata'
    when each claim tells one move (`move_of`), the place one's move starts from is where the other's
    ends and the other way round (a word of it: the end is read up to three words, "shalimar" of
    "to shalimar near kolkata"), neither start nor end shared, and the claims share all their other words but a couple: "The
    Coromandel Express was travelling from Shalimar to Chennai" / "... from Chennai to Shalimar" tell
    one journey's two ends swapped (helper conffig153, set 155). A move of things counted in the plural
    ("flights from Moscow to Tbilisi", "exports from China to the US") may run each way, and is not
    read: the word before "from" is no plural noun."""
    move_a = move_of(surfaces[0])
    move_b = None if move_a is None else move_of(surfaces[1])
    if move_a is None or move_b is None or not (move_a[0] & move_b[1] and move_a[1] & move_b[0]) \
            or move_a[0] & move_b[0] or move_a[1] & move_b[1] or len(tokens[0] ^ tokens[1]) > _REVERSED_MAX_DIFFERENT:
        return None
    if any(_PLURAL_FROM.search(s) for s in surfaces):
        return None
    start, end = (" ".join(sorted(p)) for p in move_a)
    return f"the route told the other way: from {start} to {end} / from {end} to {start}"
