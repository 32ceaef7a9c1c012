"""Membership of two bodies: "Kiribati left the Pacific Islands Forum" / "Kiribati remains a member
of the Pacific Community". The member, the sayer and a word of the bodies' names are shared, and
the meaning vector is close; but a state leaving, joining or belonging to one body tells nothing of
another: two facts.

Read on each claim's reported content after the knowledge rewrite (`knowledge.rewritten`: "ECOWAS"
and "the Economic Community of West African States" are one name), as written: the capitalised
run after a verb of membership ("left", "quit", "withdrew from", "joined", "was expelled from",
"a member of", "stayed in": a seat kept as `language.memberships` writes it, ...) names the body. Two claims each naming a body with a word the other claim names
nowhere are about two bodies. Kept one: one body named in full and in short ("the Pacific Islands
Forum" / "the Forum": every word of the short name is in the other claim), an acronym that may
spell the other body ("the PIF").
"""

from __future__ import annotations

import re
from collections.abc import Set

from workbench.core.match import knowledge
from workbench.core.match.claim_view import reported
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: A verb or noun of membership, then the body's capitalised run (joined by "of", "for", "and", "de").
_MEMBERSHIP = re.compile(
    r"\b(?:left|leaves|leave|quit|quits|exited|exits|withdr[ae]w from|withdrawn from|withdraws from|pulled out of"
    r"|joined|joins|rejoined|rejoins|resign(?:s|ed)?(?: from)?"  # "quit" as the rewrite writes it
    r"|(?:suspend(?:ed)?|expel(?:led)?|readmit(?:ted)?|admit(?:ted)?) (?:from|to|into)"
    r"|members? (?:state )?of|membership (?:of|in)"
    r"|(?:stay|stays|stayed|staying) in)\s+(?:the\s+)?"  # a seat kept, as `language.memberships` writes it
    r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|de|the)\s+)*)*[A-Z][\w'’-]*)")
#: The longest acronym read as one that may spell out the other body.
_ACRONYM_MAX = 6


@text_cache()
def bodies(text: str) -> tuple[tuple[frozenset[str], str], ...]:
    """(the tokens, the acronym or "") of each body a claim's reported content tells membership of."""
    written = knowledge.rewritten(reported(text))[0]
    out = []
    for m in _MEMBERSHIP.finditer(written):
        name = m.group(1)
        tokens = frozenset(normalize(name).tokens)
        if tokens:
            out.append((tokens, name.lower() if name.isupper() and len(name) <= _ACRONYM_MAX else ""))
    return tuple(out)


def cut_to_head(short: Set[str], full: Set[str]) -> bool:
    """Whether every word of a short name ends a word of the full one: the knowledge rewrite joins a
    body's name into one token ("Pacific Islands Forum" -> pacificislandsforum), so "the Forum", the
    body cut to its head word, is no other body."""
    return bool(short) and all(len(t) >= 4 and any(f.endswith(t) for f in full) for t in short)


def _spells(acronym: str, tokens: Set[str]) -> bool:
    """Whether an acronym may spell out a body's name (it holds all its words' initials)."""
    return bool(acronym) and all(t[:1] in acronym for t in tokens)


def member_bodies_apart(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'membership of another body: forum island pacific / community pacific' when each claim tells
    membership of a body (`bodies`) with a word the other claim (`tokens`: its normalised tokens)
    names nowhere, and neither is an acronym that may spell the other."""
    read_a = bodies(texts[0])
    if not read_a:
        return None
    for body_a, acronym_a in read_a:
        for body_b, acronym_b in bodies(texts[1]):
            if (body_a <= tokens[1] or body_b <= tokens[0] or cut_to_head(body_a, tokens[1])
                    or cut_to_head(body_b, tokens[0]) or _spells(acronym_a, body_b) or _spells(acronym_b, body_a)):
                continue
            return f"membership of another body: {' '.join(sorted(body_a))} / {' '.join(sorted(body_b))}"
    return None
