"""A toll told in parts, "two Hamas officials and at least five other people", against the whole,
"seven people" (helper dup155): the parts sum to the whole, one fact.

The figure pairing pairs each figure alone, so the part it pairs ("two officials" killed, read by
the act) clashed with the whole ("seven people") and the pair was a conflict. That held for any
part told by its people ("two militants and five other people"), and the reading of people counted
after a plural name ("two Hamas officials": `figures.named_counts`) made MRPC's Gaza pair one.
Two counts joined by "and", the second telling the rest as "other" people (or "others"), are
read as one count of their sum when the other claim gives one count of people told as the rest is
("people"), not of the first part's own ("two soldiers and three other people were wounded" / "two
soldiers were wounded" tells the part): paired with it, agreeing when the sum does ("at least five
other people": the sum has no upper bound either).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.core.figures.compare import FigureCheck, compatible
from workbench.core.figures.counted import PEOPLE, counted_stems, names_people
from workbench.core.figures.rules import figure_kind
from workbench.core.model import Quantity

#: What joins the two parts: "and" alone.
_AND = re.compile(r"\s*,?\s+and\s+", re.I)
#: The rest told as others: "other people", "others", "other civilians".
_OTHER = re.compile(r"\bother(?:s\b|\s+[a-z]+)", re.I)
_COUNT = "count"


def _parts(text: str, qs: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """The two counts of `qs` told as parts of one toll in `text` ("two X and five other people")."""
    qs = sorted(qs, key=lambda q: q.start)
    for q, r in zip(qs, qs[1:], strict=False):
        if _AND.fullmatch(text, q.end, r.start) and _OTHER.search(r.text) and q.value is not None \
                and r.value is not None and figure_kind(q) == _COUNT and figure_kind(r) == _COUNT:
            return q, r
    return None


def _the_whole(whole: Quantity, first: Quantity, rest: Quantity) -> bool:
    """Whether `whole` counts people as the rest is told ("other people": "seven people"), not the first
    part's own people ("two soldiers and three other people" / "two soldiers were wounded": the part)."""
    kw, kf, kr = counted_stems(whole), counted_stems(first), counted_stems(rest)
    return names_people(frozenset(kw)) and not kw & kf - {PEOPLE} and (bool(kw & kr) or PEOPLE in kw)


def _summed(q: Quantity, r: Quantity) -> Quantity:
    high = q.high + r.high if q.high is not None and r.high is not None else None
    low = q.low + r.low if q.low is not None and r.low is not None else None
    return replace(r, text=f"{q.text} and {r.text}", value=(q.value or 0) + (r.value or 0), low=low, high=high,
                   approximate=q.approximate or r.approximate, start=q.start)


def others_summed(check: FigureCheck, a: str, b: str) -> FigureCheck:
    """`check` with one claim's toll in parts ("two X and five other people") paired as its sum with
    the other claim's one count of people, when the other claim gives exactly one count."""
    if "other" not in a and "other" not in b or not check.pairs:
        return check
    qa = [q for q, _, _ in check.pairs] + check.unpaired_a
    qb = [r for _, r, _ in check.pairs] + check.unpaired_b
    for mine, text, theirs, first in ((qa, a, qb, True), (qb, b, qa, False)):
        parts = _parts(text, mine)
        counts = [q for q in theirs if figure_kind(q) == _COUNT]
        if parts is None or len(counts) != 1 or not counts[0].counted or not _the_whole(counts[0], *parts):
            continue
        whole, total = counts[0], _summed(*parts)
        rest = [(q, r, ok) for q, r, ok in check.pairs if not ({id(q), id(r)} & {id(parts[0]), id(parts[1]), id(whole)})]
        pair = (total, whole, compatible(total, whole)) if first else (whole, total, compatible(whole, total))
        left_a = [q for q in check.unpaired_a if id(q) not in {id(parts[0]), id(parts[1]), id(whole)}]
        left_b = [q for q in check.unpaired_b if id(q) not in {id(parts[0]), id(parts[1]), id(whole)}]
        return FigureCheck([*rest, pair], left_a, left_b)
    return check
