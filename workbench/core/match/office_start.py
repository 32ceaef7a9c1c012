"""A stance taken when an office began, against a later act: "The DPS had backed the minority
government when it took office in April" / "The DPS filed the no-confidence motion against the
government". One doer, one government, every slot agrees; yet the first tells what the doer did
when the government was sworn in, the second what it did later: two facts, even two opposite
stances, and no contradiction (helper not109).

Read on each claim's reported, rewritten wording (`claim_view.claim_roles`; the verb table writes
"took office" as "swear in"): a "when" clause telling an office's start in one claim, no start told
in the other, and the first claim's main act (`roles.main_act`) not told in the other, itself or as
one outcome (`opposites.same_outcome`: "backed" / "supported in March" stay one fact).
"""

from __future__ import annotations

import re

from workbench.core.match.normalize import normalize
from workbench.core.match.opposites import same_outcome
from workbench.core.match.roles import main_act

#: An office's start, as news tells it (after the verb table: "took office" is "swear in").
_START = r"(?:swear\s+in|sworn\s+in|took\s+office|take\s+office|came\s+to\s+power|formed|elected|inaugurated|installed)"
#: A "when" clause pinning a claim's act to an office's start ("when it took office", "when the
#: cabinet was sworn in", "when he first came to power").
_AT_START = re.compile(rf"\bwhen\s+(?:it|he|she|they|the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:(?:was|were|first)\s+)?{_START}\b")
_ANY_START = re.compile(rf"\b{_START}\b|\binaugurat|\bswear")


def office_start_apart(surface_a: str, surface_b: str) -> str | None:
    """'done when the office began / a later act: back' when one claim ties its act to an office's
    start and the other tells no start nor that act (the module docstring), else None."""
    for x, y in ((surface_a, surface_b), (surface_b, surface_a)):
        if _AT_START.search(x) is None or _ANY_START.search(y) is not None:
            continue
        act = main_act(x)
        tokens = frozenset(normalize(y).tokens)
        if act is None or act in tokens or same_outcome().get(act, frozenset()) & tokens:
            continue
        return f"done when the office began / a later act: {act}"
    return None
