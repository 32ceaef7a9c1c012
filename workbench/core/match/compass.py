"""Compass parts of one thing: "a state of emergency in three southern regions" / "... in three
northern regions", "the fire west of Kelowna" / "north of Kelowna", "North Kivu" / "South Kivu" are
two places, however alike the rest. The sentence vectors and the shared words barely notice one
word of direction, and no place table knows a region's part, so each claim's directions are read
once (`compass_parts`, `claim_readings`) and compared per pair as a set lookup (`compass_apart`).

A direction is kept with the word it qualifies or the name it lies "of" ("southern regions" ->
region, "west of Kelowna" -> kelowna; alone, "in the north", it qualifies nothing named). One
direction within the other ("north" / "north-east") may be the same place: only two directions
neither of which holds the other are apart.
"""

from __future__ import annotations

import re

from workbench.core.language.stems import fold

#: A direction ("north", "northern", "north-east", "southeastern", "westerly") and the word after it,
#: past "of (the)" ("north of the capital").
_PART = re.compile(r"\b(north|south|east|west)(?:-?(east|west))?(?:ern|erly)?\b(?:\s+of)?(?:\s+the)?"
                   r"(?:\s+([A-Za-z][\w'-]*))?", re.I)
#: Words after a direction that name nothing it qualifies ("in the north on Monday", "north and south").
_NOT_QUALIFIED = frozenset(["and", "or", "to", "of", "the", "by", "in", "on", "at", "from", "for", "with", "as",
                            "is", "was", "were", "are", "after", "before", "where", "when", "while", "since",
                            "late", "early", "last", "this", "overnight", "said", "say", "says"])
_DIRECTION = {"north": "n", "south": "s", "east": "e", "west": "w"}


def _key(word: str | None) -> str:
    """The word a direction qualifies, folded, without a plural "s" ("regions" -> "region")."""
    if not word or word.lower() in _NOT_QUALIFIED:
        return ""
    folded = fold(word)
    return folded[:-1] if len(folded) > 3 and folded.endswith("s") and not folded.endswith("ss") else folded


def compass_parts(text: str) -> dict[str, frozenset[str]]:
    """{the word a direction qualifies ("" for none): the directions written for it ("n", "e")}."""
    out: dict[str, set[str]] = {}
    for m in _PART.finditer(text):
        dirs = {_DIRECTION[m.group(1).lower()]} | ({_DIRECTION[m.group(2).lower()]} if m.group(2) else set())
        out.setdefault(_key(m.group(3)), set()).update(dirs)
    return {k: frozenset(v) for k, v in out.items()}


def compass_apart(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> str | None:
    """'another part: southern region / northern region' when both claims give one word directions
    neither of which holds the other ("south" / "north"; not "north" / "north-east")."""
    if not a or not b:
        return None
    for key, dirs in a.items():
        other = b.get(key)
        if other is not None and not dirs <= other and not other <= dirs:
            return f"another part: {_shown(dirs)} {key} / {_shown(other)} {key}".replace("  ", " ").strip()
    return None


def _shown(dirs: frozenset[str]) -> str:
    names = {v: k for k, v in _DIRECTION.items()}
    return "-".join(names[d] for d in sorted(dirs, key="nsew".index))
