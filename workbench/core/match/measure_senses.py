"""One length measuring two things: "the fissure was about 4 kilometres long" / "the lava had
advanced about 4 kilometres from the fissure". The figures pair and agree (one unit, one value), so
the pair read as one fact; but a length tells what it measures by the words around it: how long,
wide, deep or high a thing is, how far something moved ("advanced", "travelled", "pushed"), or how
far one place lies from another ("12 miles north of", "10 km from"). Two paired lengths of two such
senses are figures of two things, another fact (helper notdoer113). A length whose sense is not
told ("a 4-km fissure", "4 kilometres of road") is left alone: it may be either.
"""

from __future__ import annotations

import re

from workbench.core.figures.rules import MEASURE_DIMENSIONS
from workbench.core.model import Quantity

#: Words before a length telling a distance moved (it wins over a "from" after it: "advanced 4 km
#: from the fissure" moved from there), or the extent of a thing ("stretched 4 km", "a depth of").
_BEFORE = (
    ("moved", re.compile(r"\b(?:advanc|mov|travel+|flow|push|march|crept|creep|spread|drove|driven|walk|sail|drift"
                         r"|retreat|withdr[ae]w|pulled\s+back|fell\s+back|penetrat)\w*\s+(?:(?:for|a|an|another|further"
                         r"|some|nearly|almost|about|around|roughly|over|more\s+than)\s+)*$", re.I)),
    ("length", re.compile(r"\b(?:stretch|extend|span|length\s+of)\w*\s+(?:(?:for|some|nearly|almost|about|around|over)\s+)*$",
                          re.I)),
    ("depth", re.compile(r"\bdepths?\s+of\s+(?:(?:some|nearly|almost|about|around|over)\s+)*$", re.I)),
    ("height", re.compile(r"\b(?:altitude|height|elevation)\s+of\s+(?:(?:some|nearly|almost|about|around|over)\s+)*$",
                          re.I)),
)
#: Words right after a length telling its sense.
_AFTER = (
    ("length", re.compile(r"^\s*-?\s*long\b|^\s+in\s+length\b", re.I)),
    ("width", re.compile(r"^\s*-?\s*wide\b|^\s+in\s+width\b", re.I)),
    ("depth", re.compile(r"^\s*-?\s*deep\b|^\s+in\s+depth\b|^\s+(?:below|beneath)\b", re.I)),
    ("height", re.compile(r"^\s*-?\s*(?:high|tall)\b|^\s+in\s+height\b|^\s+above\s+(?:sea|ground)\b", re.I)),
    ("apart", re.compile(r"^\s+(?:away\b|from\b|outside\b|inland\b|off\b|short\s+of\b|(?:north|south|east|west)"
                         r"(?:-?(?:east|west))?(?:ward)?\s+of\b)", re.I)),
)


def figure_at(q: Quantity, text: str) -> tuple[int, int] | None:
    """Where a figure stands in its claim (its offsets, or its words looked up when they moved)."""
    if text[q.start:q.end] == q.text:
        return q.start, q.end
    at = text.find(q.text)
    return None if at < 0 else (at, at + len(q.text))


def sense(q: Quantity, text: str) -> str | None:
    """What a length in `text` measures: "moved", "length", "width", "depth", "height" or "apart"
    (how far from a place), or None when it is no length or the words do not tell."""
    if MEASURE_DIMENSIONS.get(q.unit or "") != "length" or (at := figure_at(q, text)) is None:
        return None
    before, after = text[max(0, at[0] - 60):at[0]], text[at[1]:at[1] + 40]
    # a dimension after the figure first ("stretched 12 miles wide"), then the words before it, then
    # a place it lies apart from ("advanced 4 km from the fissure" moved)
    told = next((name for name, pattern in _AFTER if pattern.search(after)), None)
    if told is not None and told != "apart":
        return told
    return next((name for name, pattern in _BEFORE if pattern.search(before)), told)


def senses_apart(pairs: list, texts: tuple[str, str]) -> str | None:
    """'lengths of different things: 4 kilometres long / advanced 4 kilometres' when two paired
    lengths (`pairs`: the figure step's pairs, each starting with the two `Quantity`s) measure in
    two senses (`sense`); `texts`: the claims as written."""
    for q, r, *_ in pairs:
        sq, sr = sense(q, texts[0]), sense(r, texts[1])
        if sq is not None and sr is not None and sq != sr:
            return f"lengths of different things: {' '.join(q.text.split())} ({sq}) / {' '.join(r.text.split())} ({sr})"
    return None
