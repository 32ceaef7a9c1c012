"""An acronym in one claim and the long name it abbreviates in the other are one actor ("NOCMA" /
"the National Oil Company of Malawi", "SODELPA" / "the Social Democratic Liberal Party").

`knowledge.rewrite` knows the acronyms of its tables and writes the plain initials of a long body
name (`language.initials.write_initials`), one claim at a time. The rest (syllable-style acronyms,
bodies no table knows) can only be read against the other claim's names: when an acronym of one
claim is not in the other and spells a name the other writes (`initials.spelt_by`), the acronym is
written as that name, so every step that compares names, doers and words reads one name.
An acronym the tables know keeps its table's meaning ("ICC" is the court, not a cricket council).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.figures.shouting import headline
from workbench.core.language.initials import ACRONYM, spelt_by
from workbench.core.match.another_name import actor_tokens
from workbench.core.match.knowledge import rewritten
from workbench.core.text_caches import text_cache


@text_cache()
def unknown_acronyms(text: str) -> tuple[str, ...]:
    """The text's acronyms (`initials.ACRONYM`) that the knowledge rewrite leaves as written (no
    table knows them, as an alias or as an actor's own name: "JNIM"); none in a headline, whose every word may be in capitals."""
    if headline(text):
        return ()
    found = dict.fromkeys(m.group(0) for m in ACRONYM.finditer(text))
    if not found:
        return ()
    written, known = rewritten(text)[0], actor_tokens()
    return tuple(a for a in found if a.lower() not in known and re.search(rf"\b{a}\b", written))


@lru_cache(maxsize=4096)
def _spelt(acronym: str, text: str) -> tuple[int, int] | None:
    if re.search(rf"\b{acronym}\b", text, re.I) or headline(text):
        return None
    return spelt_by(acronym, text)


def spell_out(a: str, b: str) -> tuple[str, str, str] | None:
    """(`a`, `b` with an acronym of one written as the long name the other spells it with, what
    fired), or None when neither claim's unknown acronyms spell a name of the other."""
    for one, other, flip in ((a, b, False), (b, a, True)):
        for acronym in unknown_acronyms(one):
            span = _spelt(acronym, other)
            if span is None:
                continue
            name = other[span[0]:span[1]]
            new = re.sub(rf"\b{acronym}\b", name.replace("\\", "\\\\"), one)  # (the name as written)
            hit = f"same name: {acronym} = {name}"
            return (other, new, hit) if flip else (new, other, hit)
    return None
