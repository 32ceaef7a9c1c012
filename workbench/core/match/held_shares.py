"""A whole split between two holders, one share told as the rest ("DP World owns a 33.34 percent
stake, with the rest held by Port de Djibouti" / "Port de Djibouti holds about two-thirds, while DP
World holds the remaining third"; helper figs157).

A stake, a seat count or a vote split between two parties is told by either share: the other is
"the rest", "the remainder", "the balance" or "the remaining third", a figure left unwritten. The
figure pairing pairs the one written share of each claim, whoever holds it, so the same split told
from its two ends clashed (33.34 % / two-thirds), and two splits told crosswise ("the fund holds a
third, the rest the government's" / "the government owns a third, the rest the fund's") agreed.

Each share is read with its holder: the doer of the clause that tells it ("X owns / holds / has /
controls N", "with X holding N") or the one named after "held / owned by" ("the rest held by
state-owned Y"), or the one before a gapped "X the rest". When a pair of percentages pairs one
holder's share with the other holder's (the two holders share no word), and the claim of one of
them tells the rest held by the other claim's holder, that claim's share is read as its complement,
100 less the share, and the pair agrees only if the complement does. Only a claim that writes one
percentage and a rest with no figure of its own is read so: with several shares written the rest is
no one figure's complement.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from workbench.core.figures.compare import FigureCheck, compatible
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache

#: The rest of a whole: "the rest", "the remainder", "the balance", "the remaining third / stake".
_REST = re.compile(r"\bthe\s+(?:rest|remainder|balance|remaining)\b", re.I)
#: Words that may open the rest in a claim: a claim without one is not read (most claims).
_REST_HINT = re.compile(r"\b(?:rest|remainder|balance|remaining)\b", re.I)
#: Where a clause ends: a comma or a semicolon, or a joining word.
_CLAUSE_END = re.compile(r"[,;]|\s(?:while|whereas|but|and)\s", re.I)
#: A verb of holding in the active voice: the doer stands before it.
_HOLDS = re.compile(r"\b(?:own|owns|owning|hold|holds|holding|has|have|having|control|controls|controlling|"
                    r"retain|retains|retaining|keep|keeps|keeping|owned|held|had|controlled|retained|kept)\b", re.I)
#: A holder named after the share: "held by Y", "owned by Y", "in the hands of Y", "belongs to Y".
_HELD_BY = re.compile(r"\b(?:(?:held|owned|controlled|kept|retained)\s+by|in\s+the\s+hands\s+of|"
                      r"belong(?:s|ing|ed)?\s+to|go(?:es|ing)?\s+to|went\s+to)\s+(?P<h>.+)$", re.I)
#: The words of a clause before its doer, and the words of a holder that name nobody.
_OPENERS = frozenset({"with", "while", "whereas", "but", "and", "the", "a", "an", "its", "their", "of", "de",
                      "du", "la", "le", "del", "da", "by", "which", "who", "now", "still", "also", "currently",
                      "itself", "remaining"})
#: A description before a name that may be any holder's ("state-owned Y", "State-run Y").
_DESCRIBING = re.compile(r"-(?:owned|run|backed|controlled|led|based|listed)$")
_WORD = re.compile(r"[A-Za-z][\w&'.-]*")
#: A holder is told in at most this many words ("the Qatar Investment Authority").
_HOLDER_WORDS = 6


class _Clause(NamedTuple):
    start: int
    end: int
    holder: frozenset[str]
    rest: bool


def _holder(words: str) -> frozenset[str]:
    """The words naming a holder ("State-run Port de Djibouti SA": port, djibouti, sa), or none when
    the words are no short name (a figure, a long phrase)."""
    found = [w.lower().removesuffix("'s").rstrip(".") for w in _WORD.findall(words)]
    if not found or len(found) > _HOLDER_WORDS or any(c.isdigit() for c in words):
        return frozenset()
    return frozenset(w for w in found if w not in _OPENERS and not _DESCRIBING.search(w))


@text_cache()
def _clauses(text: str) -> tuple[_Clause, ...]:
    """The clauses of `text` that tell a holder, with their spans; `rest` when the clause tells the
    rest of the whole."""
    out = []
    start = 0
    bounds = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(text)] + [(len(text), len(text))]
    for cut, after in bounds:
        part = text[start:cut]
        rest = _REST.search(part)
        held = _HELD_BY.search(part.rstrip(" ."))
        verb = _HOLDS.search(part)
        if held:
            holder = _holder(held.group("h"))
        elif verb:
            holder = _holder(part[:verb.start()])
        elif rest and rest.start() > 0:  # gapped: "and Tata Steel the rest"
            holder = _holder(part[:rest.start()])
        else:
            holder = frozenset()
        if holder:
            out.append(_Clause(start, cut, holder, rest is not None))
        start = after
    return tuple(out)


def _holder_of(clauses: tuple[_Clause, ...], q: Quantity) -> frozenset[str]:
    return next((c.holder for c in clauses if c.start <= q.start < c.end and not c.rest), frozenset())


def _rest_holder(clauses: tuple[_Clause, ...], shares: list[Quantity]) -> frozenset[str]:
    """The holder of the rest told with no figure of its own, in a claim writing one percentage."""
    if len(shares) != 1:
        return frozenset()
    rests = [c for c in clauses if c.rest and not (c.start <= shares[0].start < c.end)]
    return rests[0].holder if len(rests) == 1 else frozenset()


def _the_rests(share: frozenset[str], rest: frozenset[str], other: frozenset[str]) -> bool:
    """Whether the other claim's holder `other` is the one a claim tells holding the rest (`rest`),
    not the one holding its written share (`share`): by the words that tell the two holders apart
    ("Tata Steel" / "Nippon Steel": tata / nippon)."""
    return bool(rest) and bool(other & (rest - share)) and not other & (share - rest)


def _complement(q: Quantity) -> Quantity:
    """The rest of the whole `q` is a share of: 100 less it, its bounds turned round."""
    low = 100.0 - q.high if q.high is not None else None
    high = 100.0 - q.low if q.low is not None else None
    value = 100.0 - q.value if q.value is not None else None
    return replace(q, text=f"the rest of {q.text}", value=value, low=low, high=high)


def shares_held(check: FigureCheck, a: str, b: str) -> FigureCheck:
    """`check` with a pair of percentages held by the two holders of one split read as the same
    holder's (one side's share as its complement) when a claim tells the other's holder the rest."""
    if not check.pairs or not (_REST_HINT.search(a) or _REST_HINT.search(b)):
        return check
    percent = [(q, r) for q, r, _ in check.pairs if q.unit == "%" and r.unit == "%"]
    if len(percent) != 1:
        return check
    q, r = percent[0]
    ca, cb = _clauses(a), _clauses(b)
    hq, hr = _holder_of(ca, q), _holder_of(cb, r)
    if not hq or not hr:
        return check
    shares_a = [x for x in [p for p, _, _ in check.pairs] + check.unpaired_a if x.unit == "%"]
    shares_b = [x for x in [p for _, p, _ in check.pairs] + check.unpaired_b if x.unit == "%"]
    if _the_rests(hq, _rest_holder(ca, shares_a), hr):
        q2, r2 = _complement(q), r
    elif _the_rests(hr, _rest_holder(cb, shares_b), hq):
        q2, r2 = q, _complement(r)
    else:
        return check
    pairs = [(q2, r2, compatible(q2, r2)) if x is q and y is r else (x, y, ok) for x, y, ok in check.pairs]
    return FigureCheck(pairs, check.unpaired_a, check.unpaired_b)
