"""Units named by an ordinal: "the 11th Circuit" / "the 8th Circuit", "the 82nd Airborne Division" /
"the 101st Airborne Division", "the Fifth Fleet" / "the Seventh Fleet" are two courts, two divisions,
two fleets (and "the First" / "the Second World War" two wars): two doers or two things, so two
facts, however alike the rest of the claims.

An ordinal is read as part of a name when capitalised words follow it directly (a word ordinal
must itself be capitalised: "the third round" is a series, `figures.ordinals`). Both claims must
name a unit sharing one of those words ("Circuit", "Airborne") with no ordinal in common: "the 8th
U.S. Circuit Court of Appeals" and "the 8th Circuit" are one court. A month after the ordinal is
a date ("the 3rd March"), never a unit.
"""

from __future__ import annotations

import re

from workbench.core.figures.dates import MONTHS
from workbench.core.figures.ordinals import WORD_ORDINALS
from workbench.core.text_caches import text_cache

_WORDS = "|".join(sorted((w.capitalize() for w in WORD_ORDINALS if " " not in w), key=len, reverse=True))
#: an ordinal, then one to four capitalised words ("U.S." and "Airborne" alike)
_NAMED = re.compile(rf"\b(?:(\d{{1,4}})(?:st|nd|rd|th)|({_WORDS}))\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){{0,3}})")
#: what a written ordinal needs: a digit before "st/nd/rd/th", or a capitalised word ordinal
_HINT = re.compile(rf"\d(?:st|nd|rd|th)\b|\b(?:{_WORDS})\b")
#: capitalised words after an ordinal that are no part of a unit's own name: a country's abbreviation
_NO_UNIT = frozenset({"u.s", "us", "uk", "u.k", "un", "u.n"})


@text_cache()
def ordinal_units(text: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """(ordinal, the unit's name words lower-cased) of each unit the text names by an ordinal."""
    if not _HINT.search(text):
        return ()
    found = []
    for m in _NAMED.finditer(text):
        words = [w.lower().strip(".'’") for w in m.group(3).split()]
        if words[0] in MONTHS:  # "the 3rd March": a day
            continue
        name = frozenset(w for w in words if w and w not in _NO_UNIT)
        if name:
            number = int(m.group(1)) if m.group(1) else WORD_ORDINALS[m.group(2).lower()]
            found.append((number, name))
    return tuple(found)


def ordinal_units_apart(a: str, b: str) -> str | None:
    """Why two claims name two units of one kind by their ordinals ("the 11th Circuit" / "the 8th
    Circuit"), or None."""
    ua, ub = ordinal_units(a), ordinal_units(b)
    if not ua or not ub:
        return None
    for na, wa in ua:
        for nb, wb in ub:
            if na != nb and wa & wb and not any(x == y for x, _ in ua for y, _ in ub):
                unit = " ".join(sorted(wa & wb))
                return f"two of one name told by their ordinals ({na} / {nb} {unit}): two different things"
    return None
