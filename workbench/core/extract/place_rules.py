"""A name with where it is from between commas: "Arnold Breitenbach of St. George, Utah, wanted ..." says
where he is from (a fact `role_facts.origin_pieces` makes) and what he did; the second fact is a
sentence of its own without the place ("Arnold Breitenbach wanted ..."), as after an apposition.
"Teller Lake in Boulder, Colorado, is overrun ..." gives "Teller Lake is in Boulder, Colorado." too."""

from __future__ import annotations

import re

from workbench.core.extract.clauses import starts_clause
from workbench.core.extract.phrase_rules import split_span
from workbench.core.extract.pieces import Piece, make_piece, with_subject

_NAME_WORD = r"[A-Z][\w'’-]+"
_PLACE = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
#: the name (two or three words), "from/of/in" a place with its region, and the comma that closes it
_NAME_PLACE = re.compile(
    rf"^(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?:,\s+\d{{1,3}},)?,?\s+(?P<prep>from|of|in)\s+"
    rf"(?P<place>{_PLACE},\s+{_PLACE}),\s+"
)
_NOT_NAME = frozenset(["The", "A", "An", "This", "That", "In", "On", "At", "But", "And", "It", "He", "She", "They"])


def name_with_place(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """'X of/from Town, Region, VERB ...' -> 'X VERB ...' (and for 'in': 'X is in Town, Region.')."""
    m = _NAME_PLACE.match(seg) if (" of " in seg or " from " in seg or " in " in seg) else None
    if m is None or m.group("name").split()[0] in _NOT_NAME or starts_clause(seg[m.end():]) != "vp":
        return None
    name = m.group("name")
    main = split_span(sentence, a + m.end(), b, name, depth + 1)
    main = [Piece(a, p.end, with_subject(p, name).text, True) if p.start == a + m.end() else p for p in main]
    if not main or not main[0].text.startswith(name):
        return None
    fact = make_piece(sentence, a, a + m.end("place"), f"{name} is in {m.group('place')}") \
        if m.group("prep") == "in" else []
    for p in fact:
        p.has_verb = True
    return main + fact
