"""A negation that denies a whole statement of the other claim clashes even when the two claims'
other words differ more than `negation_step.NEGATION_MIN_SIM` allows ("There is no shortage of essential
medicines at state hospitals" / "Doctors said there was a shortage of 14 essential medicines at
state hospitals across the country"): every content word the negation governs is in the other
claim, so what it denies is what the other says, whatever else either adds (helper pairsnot6)."""

from __future__ import annotations

import re
from typing import Protocol

from workbench.core.language.negation import negation_scopes
from workbench.core.match.knowledge import rewrite, rewritten
from workbench.core.match.normalize import normalize
from workbench.core.match.opposites import opposites_of
from workbench.core.text_caches import text_cache

#: The lexical similarity from which a negation governing only words of the other claim clashes
#: (50 before helper conf8: "no protesters had been attacked" / "protesters were attacked by masked
#: men with baseball bats" share 45).
WHOLE_DENIAL_MIN_SIM = 40.0
#: The fewest content words such a negation must govern ("no shortage of medicines"): one word
#: alone ("no one", "not yet") says too little of what is denied.
_MIN_WORDS = 2


class _Read(Protocol):
    tokens: frozenset[str]  # a claim's normalised tokens (`claim_view.ClaimView`)


#: From this many content words governed, a negation may govern one word the other claim does not
#: say, its verb said there: "did not use rubber bullets against the march" denies "used rubber
#: bullets to break up the march" (the preposition's "against" is how it is told, not what).
_ONE_ASIDE_FROM = 3


@text_cache()  # a claim is read against each of its partners
def _scopes(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The first normalised content word (the verb denied) and all of them that each negation of a
    claim governs (`negation_scopes`), and the same of its whole clause ("nobody was evacuated
    before the slope collapsed": what a pronoun denies is its clause)."""
    scopes = [*negation_scopes(text), *negation_scopes(text, whole=True)]  # the words governed, the whole clause
    read = (normalize(rewrite(" ".join(scope))[0]).tokens for scope in scopes if scope)
    return tuple((tokens[0], frozenset(tokens)) for tokens in read if len(set(tokens)) >= _MIN_WORDS)


def _said(scope: tuple[str, frozenset[str]], tokens: frozenset[str]) -> bool:
    first, words = scope
    return words <= tokens or len(words) >= _ONE_ASIDE_FROM and first in tokens and len(words - tokens) == 1


def whole_denied(a: str, b: str, va: _Read, vb: _Read, fact_sim: float) -> bool:
    """Whether one claim negates words all of which (but one, `_ONE_ASIDE_FROM`) the other claim
    says (`va`, `vb`: their views)."""
    if fact_sim < WHOLE_DENIAL_MIN_SIM:
        return False
    return any(_said(s, vb.tokens) for s in _scopes(a)) or any(_said(s, va.tokens) for s in _scopes(b))


#: A "not" of the opening clause only (a clause ends at these marks).
_CLAUSE_MARKS = ",;:"
#: The fewest content tokens the shared opening must hold before the verb (its doer: "mayor").
_MIN_OPENING = 1


@text_cache()
def _denied_opening(text: str) -> tuple[str, ...] | None:
    """A claim's normalised tokens before its first "not"/"never" and the first one it governs
    ("The minister said she would not resign, ..." -> minister, say, resign), when that negation
    is in its opening clause; None otherwise."""
    words = text.replace("\u2019", "'").split()
    for k, w in enumerate(words):
        low = w.lower().strip(_CLAUSE_MARKS)
        if low in ("not", "never") or low.endswith("n't"):
            before = " ".join(words[:k])
            if any(m in before for m in _CLAUSE_MARKS) or k + 1 >= len(words):
                return None
            head = normalize(rewrite(before)[0]).tokens
            verb = normalize(rewrite(words[k + 1].strip(_CLAUSE_MARKS))[0]).tokens
            return (*head, *verb[:1]) if len(head) >= _MIN_OPENING and verb else None
        if any(m in w for m in _CLAUSE_MARKS):
            return None
    return None


def opening_denied(a: str, b: str) -> bool:
    """Whether one claim opens with the other's opening and verb, "not" before the verb: "Sogavare
    said he would resign if ..." / "Sogavare said he would not resign, insisting ...". The same
    doer (and sayer) denies the same act, whatever either adds after it (sets 77-80: such pairs,
    too unalike for `negation_step.NEGATION_MIN_SIM`, were called related)."""
    for text, other in ((a, b), (b, a)):
        opening = _denied_opening(text)
        if opening is not None and _opening_tokens(other, len(opening)) == opening:
            return True
    return False


@text_cache()
def _opening_tokens(text: str, n: int) -> tuple[str, ...]:
    """A claim's first `n` normalised tokens (after `rewrite`)."""
    return tuple(normalize(rewritten(text)[0]).tokens[:n])  # a whole claim: the rewrite its reading cached


def negated_opposite(a: str, b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> bool:
    """Whether one claim denies the opposite of the other's outcome, and so tells that outcome:
    "Power had not been restored to Karachi" / "Karachi was still without power" (cut off), "the
    airport was not reopened" / "the airport remained closed". The negated verb (the first word a
    negation governs) must be absent from the other claim, whose words hold its opposite
    (`opposites`); "did not withdraw" / "withdrew" is a plain denial. `tokens_*`: the claims'
    normalised tokens (stop 37: such pairs were called conflicts twice over, a denial and opposite
    outcomes)."""
    for text, other in ((a, tokens_b), (b, tokens_a)):
        for first in _negated_verbs(text):
            if first not in other and not opposites_of(first).isdisjoint(other):
                return True
    return False


#: "failed to oust", "fails to reopen": the act did not happen, as "did not oust" tells.
_FAILED_TO = re.compile(r"\b(?:failed|fails|fail|failing)\s+to\s+([a-z]+)", re.I)


@text_cache()
def _negated_verbs(text: str) -> tuple[str, ...]:
    """The first word each negation of a claim governs (`_scopes`), and each act it "failed to" do;
    and the same of its rewritten wording when a rewrite put the negation before another word ("bore
    no responsibility" is "was not responsible": `language.object_outcomes`; helper conf121)."""
    failed = (normalize(rewrite(m.group(1))[0]).tokens for m in _FAILED_TO.finditer(text))
    told = rewritten(text)[0]
    again = tuple(first for first, _ in _scopes(told)) if told.count(" not ") > text.count(" not ") else ()
    return (*(first for first, _ in _scopes(text)), *(t[0] for t in failed if t), *again)
