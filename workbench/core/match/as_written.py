"""Reasons in the claims' own words: `compare` reads stems ("fle, peopl"), a reader wants the words
as written ("fled, people"). Only a comparison with reasons reads this.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from workbench.core.language.stems import fold, stem
from workbench.core.match import knowledge
from workbench.core.match.scoring import SHARED_WORDS
from workbench.core.text_caches import text_cache

_WORD = re.compile(r"[^\W\d_][\w'-]*")  # any letter opens a word ("Đukanović", not "ukanović")


@text_cache()  # one claim is shown against each of its partners
def _written_words(text: str) -> dict[str, str]:
    """Stem -> the first word of `text` it stems from, lower-cased."""
    written: dict[str, str] = {}
    for m in _WORD.finditer(text):
        written.setdefault(stem(fold(m.group(0))), m.group(0).lower())
    return written


def shown(tokens: Iterable[str], a: str, b: str) -> str:
    """Normalised tokens as a reader wrote them: each as the first word of either claim it stems
    from, an actor matching wrote as one word by its name ("unitedstat": "United States"), any
    other stem (from a rewrite) as it is."""
    wa, wb, actors = _written_words(a), _written_words(b), knowledge.actors_written()
    return ", ".join(wa.get(t) or wb.get(t) or actors.get(t) or t for t in tokens)


def as_written(reason: str, a: str, b: str) -> str:
    """'shared words: fled, people' for the stems 'fle, peopl' (`shown`)."""
    if not reason.startswith(SHARED_WORDS):
        return reason
    return SHARED_WORDS + shown(reason[len(SHARED_WORDS):].split(", "), a, b)
