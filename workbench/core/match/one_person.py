"""One person told with more and fewer of his names (helper dup154, sets 153-156).

"French President Emmanuel Macron visited the devastated Gemmayzeh district ... two days after the blast"
/ "Two days after the explosion, Macron toured ... Gemmayzeh neighbourhood": the doer of the first is
{france, emmanuel, macron}, of the second {macron}. `doers.same_doer` asks two named doers to be the
same names, so the pair had no place or doer standing for its place, and its agreeing "two days
after" anchored nothing (`same_place.places_alike`; related 0.40). A person is named in full once and
by his family name after (wire style), and his title may carry his state's name: one doer's names
all among the other's, the other's extra names being only the words of that person's own full name
(the capitalised run ending in the shared family name: "Emmanuel Macron", "Olaf Scholz") and the state
before his title ("France's President ...", `head_states`), are one person. Another person beside him
("Biden and Trudeau" / "Biden") or a body ("Macron's government") is a name of its own and still
counts as another doer.
"""

from __future__ import annotations

import re

from workbench.core.match.head_states import heads_states
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: A run of two to four capitalised words (a person's full name; "al-", "bin" and the like inside it).
_FULL_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:(?:al|bin|ibn|de|da|van|von|der|le|la)\s+)?[A-Z][\w'’-]+){1,3}\b")


@text_cache()
def full_names(rewritten: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(family name's token, the tokens of the whole name and of its head's state) of each full name
    written in a claim (`rewritten`: its `knowledge.rewritten` wording)."""
    states = dict((family, state) for state, family in heads_states(rewritten))
    out = []
    for m in _FULL_NAME.finditer(rewritten):
        tokens = normalize(m.group(0)).tokens
        if len(tokens) >= 2:
            family = tokens[-1]
            out.append((family, frozenset(tokens) | ({states[family]} if family in states else set())))
    return tuple(out)


def one_person(a: tuple[str, frozenset[str] | None], b: tuple[str, frozenset[str] | None]) -> bool:
    """Whether two claims (each its rewritten wording and `doers.doer_names`) name one doer, a person,
    one with more of his names than the other (see the module's docstring)."""
    named_a = frozenset(d for d in a[1] or () if not d.startswith("<"))
    named_b = frozenset(d for d in b[1] or () if not d.startswith("<"))
    if not named_a or not named_b or named_a == named_b:
        return False
    if named_b < named_a:
        fuller, extra, fewer = a[0], named_a - named_b, named_b
    elif named_a < named_b:
        fuller, extra, fewer = b[0], named_b - named_a, named_a
    else:
        return False
    return any(family in fewer and extra <= words for family, words in full_names(fuller))
