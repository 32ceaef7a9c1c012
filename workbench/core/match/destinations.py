"""Whose goods moved into whom: a passive's subject and the destination of what was moved, swapped.

"The smaller lender will be closed and its deposits moved into the state bank" / "the state bank
will be closed and its deposits moved into the smaller lender", "X was merged into Y" / "Y was
merged into X", "the stake was sold to X" told of two buyers the other way round: the one an act
is done to (a passive's subject naming no doer, `roles.passive_subject`) and the one things are
moved into (`destination`) trade places, and the claims tell opposite facts with the same words.
`roles.roles_swapped` reads a doer and the one done to; a passive naming no doer has no doer, so
this is read apart: asked, like it, only of pairs sharing nearly all their words (`compare`).
"""

from __future__ import annotations

from workbench.core.match.normalize import normalize
from workbench.core.match.roles import MAX_WORDS, participle, passive_subject
from workbench.core.text_caches import text_cache

#: Words that may stand between a participle of moving and its "to" ("handed over to", "sent back to").
_PARTICLES = frozenset(["over", "back", "across", "off", "out", "on"])
#: Where a destination's phrase ends (a place, a date, another clause).
_END = frozenset(["in", "on", "at", "near", "during", "from", "for", "to", "with", "by", "since", "under", "after",
                  "before", "while", "when", "and", "but", "as", "which", "that", "who", "saying"])


@text_cache()
def destination(surface: str) -> frozenset[str]:
    """The tokens of what a claim's moved things go into: the phrase after "into", or after "to"
    right past a participle ("transferred to", "sold to", "handed over to"), in the reported
    wording as written (`claim_view.surface`: the verb table writes "moved into" as "advance").
    Empty when none is read."""
    words = surface.split()
    if len(words) > MAX_WORDS:
        return frozenset()
    for k, w in enumerate(words):
        moved = w == "into" or w == "to" and k >= 1 and (
            participle(words[k - 1]) or k >= 2 and words[k - 1] in _PARTICLES and participle(words[k - 2]))
        if moved:
            rest = words[k + 1:]
            phrase = rest[:next((e for e, x in enumerate(rest) if x in _END), len(rest))]
            return frozenset(normalize(" ".join(phrase)).tokens) if phrase else frozenset()
    return frozenset()


def destination_swapped(roles_a: str, roles_b: str, surface_a: str, surface_b: str) -> tuple[list[str], list[str]] | None:
    """(the one done to in the first claim who is the destination in the second, the first's destination
    done to in the second), as tokens, when both claims' passives name no doer and the two swap places;
    None otherwise. `roles_*`: the claims' roles wordings (`claim_view.claim_roles`), `surface_*`
    their reported wordings."""
    done_a = passive_subject(roles_a)
    if not done_a:
        return None
    done_b = passive_subject(roles_b)
    if not done_b:
        return None
    into_a, into_b = destination(surface_a), destination(surface_b)
    x = (done_a - done_b) & (into_b - into_a)
    y = (done_b - done_a) & (into_a - into_b)
    return (sorted(x), sorted(y)) if x and y else None
