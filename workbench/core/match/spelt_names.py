"""An acronym in one claim and the long name it abbreviates in the other are one actor ("NOCMA" /
"the National Oil Company of Malawi", "SODELPA" / "the Social Democratic Liberal Party").

`knowledge.rewrite` knows the acronyms of its tables and writes the plain initials of a long body
name (`language.initials.write_initials`), one claim at a time. The rest (syllable-style acronyms,
bodies no table knows) can only be read against the other claim's names: when an acronym of one
claim is not in the other and spells a name the other writes (`initials.spelt_by`), the acronym is
written as that name, so every step that compares names, doers and words reads one name.
An acronym the tables know keeps its table's meaning ("ICC" is the court, not a cricket council).
A name blended into one word ("LuxLeaks" / "the Luxembourg Leaks", "NatWest" / "National
Westminster") is read the same way (`initials.blended_by`; sets 157-160).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.figures.shouting import titled
from workbench.core.language.initials import (
    ACRONYM,
    BLEND,
    JOINED,
    blended_by,
    joined_acronym,
    joined_by,
    spelt_by,
)
from workbench.core.match.another_name import actor_tokens
from workbench.core.match.knowledge import rewritten
from workbench.core.text_caches import text_cache


@text_cache()
def unknown_acronyms(text: str) -> tuple[str, ...]:
    """The text's acronyms (`initials.ACRONYM`) that the knowledge rewrite leaves as written (no
    table knows them, as an alias or as an actor's own name: "JNIM"); none in a headline, whose every word may be in capitals (`shouting.titled`: a sentence full of names is none)."""
    if titled(text):
        return ()
    found = dict.fromkeys(m.group(0) for m in ACRONYM.finditer(text))
    found.update(dict.fromkeys(w for m in JOINED.finditer(text) if joined_acronym(w := m.group(0))))  # "DpL", "CoE"
    if not found:
        return ()
    written, known = rewritten(text)[0], actor_tokens()
    return tuple(a for a in found if a.lower() not in known and re.search(rf"\b{a}\b", written))


@lru_cache(maxsize=4096)
def _spelt(acronym: str, text: str) -> tuple[int, int] | None:
    if re.search(rf"\b{acronym}\b", text, re.I) or titled(text):  # (a sentence full of names is no headline)
        return None
    return joined_by(acronym, text) if joined_acronym(acronym) else spelt_by(acronym, text)


@text_cache()
def unknown_blends(text: str) -> tuple[str, ...]:
    """The text's blended names (`initials.BLEND`: "LuxLeaks", "NatWest") that the knowledge
    rewrite leaves as written."""
    found = dict.fromkeys(m.group(0) for m in BLEND.finditer(text))
    if not found:
        return ()
    written = rewritten(text)[0]
    return tuple(w for w in found if re.search(rf"\b{w}\b", written))


@lru_cache(maxsize=4096)
def _blended(blend: str, text: str) -> tuple[int, int] | None:
    if re.search(rf"\b{blend}\b", text, re.I):
        return None
    return blended_by(blend, text)


def spell_out(a: str, b: str) -> tuple[str, str, str] | None:
    """(`a`, `b` with an acronym of one written as the long name the other spells it with, and each
    blended name as the words the other writes out (`initials.blended_by`), what fired), or None
    when neither claim's unknown acronyms or blends spell a name of the other."""
    hits: list[str] = []
    for one, other, flip in ((a, b, False), (b, a, True)):
        for acronym in unknown_acronyms(one):
            if (span := _spelt(acronym, other)) is not None:
                new, hit = _written_as(acronym, other[span[0]:span[1]], one)
                a, b = (other, new) if flip else (new, other)
                hits.append(hit)
                break
        if hits:
            break
    for one, other, flip in ((a, b, False), (b, a, True)):
        for blend in unknown_blends(one):
            if (span := _blended(blend, other)) is not None:
                one, hit = _written_as(blend, other[span[0]:span[1]], one)
                a, b = (other, one) if flip else (one, other)
                hits.append(hit)
    return (a, b, "; ".join(hits)) if hits else None


def _written_as(short: str, name: str, text: str) -> tuple[str, str]:
    """`text` with `short` written as `name` (as written), and the reason."""
    return re.sub(rf"\b{short}\b", name.replace("\\", "\\\\"), text), f"same name: {short} = {name}"
