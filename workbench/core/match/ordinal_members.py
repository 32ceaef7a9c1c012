"""One member of a group told by its ordinal, against a count of the group: another fact.

"Moscow's Basmanny court ordered the four suspects held until 22 May" / "... ordered a fifth
suspect held until 22 May" (sets 149-152, helper conffig149): "a fifth suspect" is one more
member, beyond the four, and "the third suspect" one member of three, not the count of them. The
figures read no count in "a fifth suspect" (an ordinal is no quantity: `figures.numbers`), so the
pair had one figure, unpaired, and every other word alike: a duplicate. `figures.ordinals` reads
an ordinal of a series noun ("the 60th anniversary") against another ordinal; this reads an
ordinal member of a group against the group's count.

A claim's member is "a / an / the" with an ordinal from "second" ("a fifth suspect", "a 12th
victim", "the third missing climber") before a singular noun; "a fifth of" is a fraction, and an
ordinal of a series (`ordinals.SERIES`: "a second term") or of time ("a third day", "for the
second time") says when, not who. The other claim counts the same noun ("the four suspects") and
tells no ordinal of it, nor the first a count. The two tell other facts when the ordinal is not
the count ("a fifth suspect" / "four suspects"; "a second victim" / "three victims"), or when it
is and singles out one ("the third suspect was released" / "the three suspects were released").
"A third suspect was detained" / "three suspects have been detained" is left: the third's
detention may be what made the three. "The first" is a record (`first_records`), never read.
"""

from __future__ import annotations

import re

from workbench.core import figures as fig
from workbench.core.figures.counted import counted_set
from workbench.core.figures.ordinals import SERIES, WORD_ORDINALS, ordinal_text
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache

_WORDS = "|".join(sorted((w for w, v in WORD_ORDINALS.items() if v >= 2), key=len, reverse=True))
#: A cheap test on the lowered claim: one holding none of these names no ordinal member.
_ANY = re.compile(rf"\b(?:{_WORDS}|\d+(?:st|nd|rd|th))\b")
#: "a fifth suspect", "the third missing climber", "a 12th victim": an article, an ordinal and one or
#: two words, the noun among them (read against the other claim's count), the first no "of" (a
#: fraction: "a fifth of the vote").
_MEMBER = re.compile(rf"\b(a|an|the)\s+(?:({_WORDS})|(\d{{1,3}})(?:st|nd|rd|th))\s+(?!of\b)([a-z][a-z'-]*)\b"
                     r"(?:\s+([a-z]+)\b)?", re.I)
#: Nouns an ordinal tells when, not who: time and turns.
_WHEN = frozenset(["time", "day", "week", "month", "year", "night", "quarter", "half", "straight", "consecutive",
                   "successive", "place", "row", "attempt", "try", "bid", "tranche", "batch", "group", "wave",
                   "instalment", "installment", "reading", "vote", "ballot", "leg", "consignment", "shipment",
                   "convoy", "flight", "deadline", "extension", "case"])


@text_cache()
def members_of(text: str) -> tuple[tuple[int, bool, tuple[str, ...]], ...]:
    """(the ordinal, whether it is definite, the one or two words after it, either the noun) of each
    ordinal member a claim tells ("a fifth suspect held": (5, False, ("suspect", "held"))); empty
    when none."""
    if _ANY.search(text.lower()) is None:
        return ()
    out = []
    for m in _MEMBER.finditer(text):
        n = WORD_ORDINALS[" ".join(m.group(2).lower().split())] if m.group(2) else int(m.group(3))
        words = tuple(w.lower() for w in m.group(4, 5) if w)
        if n < 2 or any(w in _WHEN or w in SERIES for w in words):
            continue
        out.append((n, m.group(1).lower() == "the", words))
    return tuple(out)


def _noun(words: tuple[str, ...], stems: frozenset[str]) -> str | None:
    """The singular word of `words` counting what `stems` count ("suspect" of "suspects"), if any."""
    return next((w for w in words if not w.endswith("s") and counted_set(w) == stems), None)


def _counts(qs: list[Quantity]) -> list[tuple[frozenset[str], float]]:
    return [(counted_set(q.counted), q.value) for q in qs
            if q.counted and q.value is not None and not q.unit and fig.figure_kind(q) == fig.COUNT]


def ordinal_member_apart(check: fig.FigureCheck, texts: tuple[str, str]) -> str | None:
    """'one member / the group counted: a fifth suspect / four suspects' when one claim tells an
    ordinal member of a group the other counts (the module doc), else None."""
    members = (members_of(texts[0]), members_of(texts[1]))
    if not members[0] and not members[1]:
        return None
    counts = (_counts([q for q, _, _ in check.pairs] + check.unpaired_a),
              _counts([r for _, r, _ in check.pairs] + check.unpaired_b))
    for side in (0, 1):
        for n, definite, words in members[side]:
            for stems, value in counts[1 - side]:
                noun = _noun(words, stems)
                if noun is None or any(c == stems for c, _ in counts[side]) \
                        or any(_noun(w, stems) for _, _, w in members[1 - side]):
                    continue  # not the noun counted, or each claim tells both
                if value != n or definite:
                    told = int(value) if float(value).is_integer() else value
                    return f"one member against the group counted: {ordinal_text(n)} {noun} / {told}"
    return None
