"""Two doers of a verb whose sides are interchangeable: "A remotely operated vehicle from the French ship
L'Atalante joined the search" / "A remotely operated vehicle from the Canadian ship Horizon Arctic found
the tail cone", "A Chilean air force helicopter joined the search" / "An Argentine police helicopter
found the bodies" (helper not141). `roles` reads no doer for "joined", "met", "signed" (no side can
be swapped there), so `doers.other_doer` had nothing to compare and the claims, alike in their
words, were one fact.

Here such a verb's subject (`roles.reciprocal_subject`) stands for the claim's doer, its names read
as `doers.doer_names` reads a doer's (a capitalised word that is not the claim's first, or a
people's or country's name), and the two doers are compared as any two are (`doers.other_doer`:
neither's names named anywhere in the other claim, a country against its people's name no other).
"""

from __future__ import annotations

from collections.abc import Set

from workbench.core.match.another_name import country_tokens
from workbench.core.match.doers import other_doer
from workbench.core.match.normalize import normalize
from workbench.core.match.roles import reciprocal_subject


def _subject_names(text: str, wording: str, proper: Set[str]) -> frozenset[str]:
    """The names of a reciprocal verb's subject: its proper tokens past the claim's first word, and
    any people's or country's name."""
    subject = reciprocal_subject(wording)
    if not subject:
        return frozenset()
    words = text.split()
    first = set(normalize(words[0]).tokens) if words else set()
    return frozenset(t for t in subject if len(t) > 1 and (t in proper and t not in first or t in country_tokens()))


def reciprocal_doers_apart(texts: tuple[str, str], wordings: tuple[str, str], proper: tuple[Set[str], Set[str]],
                           doers: tuple[frozenset[str] | None, frozenset[str] | None],
                           tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """`doers.other_doer` with a reciprocal verb's subject standing for the doer of either claim
    (`texts` as written, `wordings` their roles wordings, `proper` their normal forms' proper tokens,
    `doers` their `doers.doer_names`, `tokens` their normalised tokens); None when neither claim's
    verb is one."""
    names_a = _subject_names(texts[0], wordings[0], proper[0])
    names_b = _subject_names(texts[1], wordings[1], proper[1])
    if not names_a and not names_b:
        return None
    return other_doer(names_a or doers[0], names_b or doers[1], tokens[0], tokens[1])
