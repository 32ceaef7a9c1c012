"""Number words with a typing slip ("thousnad", "hunderd", "twelev", "thrty") read as the number
meant. Without this, "15 tousand homes" is read as 15 homes and "two hunderd vehicles" as 2, and
each clashes with every correct retelling of its figure.

The slips are those of `language.slips` (two neighbouring letters swapped, one letter dropped, one
doubled; never the first letter; in a word of six letters or more, also one letter typed for
another: "handred", "thousamd", "fifteln"), but over a closed list: every form is generated from the number
words of `figures.words`, so a short word may lose any letter ("twety", "thrty"), and the forms that
are words in their own right are left alone ("there", "tree", "thee", "seen", "fort", "core": checked
against the shipped tokenizer's English vocabulary when this list was written).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.figures.words import SCALES, TENS, UNITS
from workbench.core.language.slips import slip_forms
from workbench.core.language.verbs import trie_regex

#: Forms of a number word that are English words (or a name) themselves: never respelled.
WORDS_THEMSELVES = frozenset(["there", "tree", "thee", "seen", "fort", "sven", "core", "seventh", "eighth",
                              "mullion"])
#: A number word this long may also have one letter typed for another: its one-letter neighbours
#: are no English words but "seventh", "eighth" and "mullion" (checked as above), while a shorter
#: word's are ("fine", "fire", "sex", "ten" / "tan", "four" / "pour").
SUBSTITUTED_FROM = 6
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _substituted(word: str) -> set[str]:
    """`word` with one letter after the first typed for another."""
    return {word[:i] + c + word[i + 1:] for i in range(1, len(word)) for c in _LETTERS if c != word[i]}


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, str]]:
    words = [w for w in (*UNITS, *TENS, *SCALES, "dozen") if len(w) >= 4]
    meant: dict[str, set[str]] = {}
    for word in words:
        slips = slip_forms(word) | (_substituted(word) if len(word) >= SUBSTITUTED_FROM else set())
        for slip in slips:
            meant.setdefault(slip, set()).add(word)
    table = {slip: next(iter(ws)) for slip, ws in meant.items()
             if len(ws) == 1 and slip not in WORDS_THEMSELVES and slip not in words}
    return re.compile(r"\b(?:" + trie_regex(sorted(table)) + r")\b", re.I), table


def respell(text: str) -> tuple[str, list[int] | None]:
    """`text` with mistyped number words written right, and for each position of the new text
    the position it came from in `text` (None when nothing was respelled)."""
    pattern, table = _table()
    if not pattern.search(text):
        return text, None
    out: list[str] = []
    back: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        out.append(text[last:m.start()])
        back.extend(range(last, m.start()))
        written = m.group(0)
        word = table[written.lower()]
        word = word.capitalize() if written[0].isupper() else word
        out.append(word)
        back.extend(min(m.start() + k, m.end() - 1) for k in range(len(word)))
        last = m.end()
    out.append(text[last:])
    back.extend(range(last, len(text) + 1))
    return "".join(out), back

