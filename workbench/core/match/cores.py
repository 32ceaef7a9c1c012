"""A clash read in the claims' first clauses: "Raila Odinga conceded defeat and congratulated Ruto"
/ "Odinga refused to concede defeat, saying he would challenge the result in court".

The decision asks whether two claims make one statement over all their words; a claim that
denies or reverses the other usually adds why ("saying ...", "insisting ...", "and his supporters
blocked highways"), so a clash told with such asides fell below the related cut point and was
called unrelated (sets 77-80, stop 37: conflicts were called unrelated more than anything else).
The first clause of each (its subject, verb and object) is the statement the clash is about:
when the two first clauses, compared alone, make a conflict, the pair is one.
"""

from __future__ import annotations

import re

from workbench.core.language.verbs import is_finite_verb
from workbench.core.match import decision
from workbench.core.text_caches import text_cache
from workbench.core.vocab import Relation

#: Where a claim's first clause ends: a comma, semicolon or dash, or "and" / "but" before another
#: verb ("conceded defeat and congratulated Ruto"; not "two and three jobs", "Sonko and Faye").
_CLAUSE_END = re.compile(r"\s*[,;:\u2013\u2014]\s+|\s+(?:and|but)\s+(?=(\S+))")
#: How surely the first clauses make one statement (the lexical same-statement probability): the
#: conflict cut point, not a clash's lower floor (`anchor.opposed_floor`): the clauses stand for
#: the pair, so they must be plainly one statement ("Hastings declined to describe the bomb" /
#: "Hastings described those responsible" is not).
CLAUSES_MIN_SAME = 0.5
#: The fewest words a first clause holds (a subject and a verb at least: "Bolsonaro refused to concede").
_MIN_WORDS = 3


@text_cache()
def first_clause(text: str) -> str | None:
    """A claim's first clause, when it is shorter than the claim; None otherwise (a claim of one
    clause, or one whose first clause is too short to tell a statement: "Sonko and Faye were freed")."""
    for m in _CLAUSE_END.finditer(text):
        if m.group(1) is not None and not is_finite_verb(m.group(1)):
            continue
        head = text[:m.start()].strip()
        if len(head.split()) >= _MIN_WORDS:
            return head.rstrip(".") + "."
    return None


def clauses_clash(a: str, b: str) -> bool:
    """Whether the two claims' first clauses (`first_clause`; a claim of one clause is its own),
    compared alone on the lexical path, make a conflict, and plainly one statement (`CLAUSES_MIN_SAME`). False when neither claim has a shorter
    first clause (the pair was compared as it is)."""
    from workbench.core.match.compare import compare

    ca, cb = first_clause(a), first_clause(b)
    if ca is None and cb is None:
        return False
    c = compare(ca or a, cb or b)
    if c.relation != Relation.CONFLICT.value:
        return False
    return decision.probabilities_of([c.features[n] for n in decision.FEATURES], semantic=False)[1] >= CLAUSES_MIN_SAME
