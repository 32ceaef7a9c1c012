"""A negation that denies a whole statement of the other claim clashes even when the two claims'
other words differ more than `compare.NEGATION_MIN_SIM` allows ("There is no shortage of essential
medicines at state hospitals" / "Doctors said there was a shortage of 14 essential medicines at
state hospitals across the country"): every content word the negation governs is in the other
claim, so what it denies is what the other says, whatever else either adds (helper pairsnot6)."""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from workbench.core.language.negation import negation_scopes
from workbench.core.match.knowledge import rewrite
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import TEXT_CACHE

#: The lexical similarity from which a negation governing only words of the other claim clashes.
WHOLE_DENIAL_MIN_SIM = 50.0
#: The fewest content words such a negation must govern ("no shortage of medicines"): one word
#: alone ("no one", "not yet") says too little of what is denied.
_MIN_WORDS = 2


class _Read(Protocol):
    tokens: frozenset[str]  # a claim's normalised tokens (`compare.ClaimView`)


@lru_cache(maxsize=TEXT_CACHE)  # a claim is read against each of its partners
def _scopes(text: str) -> tuple[frozenset[str], ...]:
    """The normalised content words each negation of a claim governs (`negation_scopes`)."""
    read = (frozenset(normalize(rewrite(" ".join(scope))[0]).tokens) for scope in negation_scopes(text) if scope)
    return tuple(tokens for tokens in read if len(tokens) >= _MIN_WORDS)


def whole_denied(a: str, b: str, va: _Read, vb: _Read, fact_sim: float) -> bool:
    """Whether one claim negates words all of which the other claim says (`va`, `vb`: their views)."""
    if fact_sim < WHOLE_DENIAL_MIN_SIM:
        return False
    return any(s <= vb.tokens for s in _scopes(a)) or any(s <= va.tokens for s in _scopes(b))
