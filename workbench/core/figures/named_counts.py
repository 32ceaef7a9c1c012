"""People counted after a name that ends as a plural does ("three Indian Railways staff", "two
United Nations workers", "three Reuters journalists", "five Philippine Airlines pilots"): the count
is of the people, the name only says whose they are (helper dup155, sets 153-156).

The number reader takes the first plural-looking word after a figure as what it counts, so "Three
Indian Railways staff" counted "railways" and "three railway employees" / "Three Indian Railways
staff were taken into custody" read as another thing counted (a different fact), while "Two United
Nations staff were kidnapped" / "Two United Nations vehicles were hijacked" counted "nations" in
both and were one fact. A name is written with a capital; when the word read is capitalised (it
comes after the figure, so no sentence opens with it) and the next word is a lower-case plural noun
("staff", "crew", "workers", "journalists", "pilots"), that noun is what is counted. A capitalised
plural followed by a verb or a function word is itself counted ("three Americans were killed",
"two Britons, a Dane"). A corps is no plural: "2,500 Africa Corps personnel" / "1,500 Africa Corps
fighters" count the corps' members either way, and stay one count (a conflict of numbers, set34).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.core.model import Quantity

#: Plural nouns of people or things that do not end in "s" ("staff", "crew", "police").
_PLURAL_UNMARKED = frozenset(["staff", "crew", "crews", "personnel", "police", "people", "children", "men", "women",
                              "troops", "aircraft", "cattle", "livestock"])
#: Lower-case words ending in "s" that are no plural noun ("always", "towards", "perhaps", "thus").
_NOT_PLURAL = frozenset(["always", "perhaps", "thus", "towards", "afterwards", "besides", "nevertheless", "nonetheless",
                         "across", "unless", "whereas", "plus", "minus", "various", "numerous", "previous", "serious",
                         "famous", "dangerous", "this", "his", "has", "was", "is", "as", "us", "its", "yes"])
#: The counted word as written at the end of a figure's words: a capitalised word ending in "s".
_NAME_PLURAL = re.compile(r"\b(?!Corps$)[A-Z][\w'-]*[a-z]s$")
#: The word right after the figure's words.
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")


def _plural_noun(word: str) -> bool:
    if word in _PLURAL_UNMARKED or word.endswith("men") and len(word) > 4:
        return True
    return word not in _NOT_PLURAL and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "ous"))


def counted_after_names(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with each count whose counted word is a capitalised plural name ("Railways") and
    is followed by a lower-case plural noun ("staff") counting that noun, its words running to it."""
    out = []
    for q in found:
        if q.counted and q.unit is None and _NAME_PLURAL.search(q.text) and (m := _NEXT_WORD.match(text, q.end)) \
                and _plural_noun(m.group(1)):
            q = replace(q, counted=m.group(1), text=text[q.start:m.end(1)], end=m.end(1))
        out.append(q)
    return out
