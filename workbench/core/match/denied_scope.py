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


#: A doer denied as a whole: "no one", "nobody", "no group", "no (militant) group" before its verb
#: ("has claimed", "was charged", "had been arrested", "won"): what is denied is the act, of anyone.
_NOBODY = re.compile(r"\b(?:no\s+one|no-one|nobody|no\s+(?:[a-z-]+\s+)?(?:group|organi[sz]ation|party|faction|side"
                     r"|country|state|government|candidate|person|individual|suspect))\s+"
                     r"(?:(?:has|have|had|was|were|is|are|will|would)\s+)?(?:(?:yet|so\s+far|ever|been|since)\s+){0,2}"
                     r"(?=[a-z]+(?:ed|en)\b|won\b|took\b|made\b)([^,.;:]+)", re.I)
#: A word of a name ("the Crocus City Hall attack"): the other claim may tell the act without it.
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


#: Words that end a noun phrase of the act denied ("the killing | of the journalist | in Valletta").
_PHRASE_END = re.compile(r"\s+(?:for|of|in|over|at|on|by|with|from|to|after|during|near|into|against|since)\s+", re.I)


@text_cache()
def _nobody_acts(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each act a claim denies of anyone (`_NOBODY`): its verb's normalised token and those of the
    head (last) word of each of its phrases, names aside ("No group has claimed responsibility for
    the Crocus City Hall attack": conduct, and attack; "the Kandahar mosque bombing": bombing).
    A head the rewrite took into the verb ("claimed responsibility": carried out) is not asked for."""
    out = []
    for m in _NOBODY.finditer(text.replace("\u2019", "'")):
        rest = m.group(1)
        tokens = normalize(rewrite(rest)[0]).tokens
        if not tokens:
            continue
        named = {t for w in _CAPITALISED.findall(rest) for t in (*normalize(w).tokens, *normalize(rewrite(w)[0]).tokens)}
        heads = {t for phrase in _PHRASE_END.split(rest) if phrase.split()
                 for t in normalize(rewrite(phrase.split()[-1])[0]).tokens}
        out.append((tokens[0], frozenset(heads & set(tokens)) - named - {tokens[0]}))
    return tuple(out)


def nobody_did(a: str, b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> bool:
    """Whether one claim denies an act of anyone ("No group has claimed responsibility for the Crocus
    City Hall attack") that the other, with no negation, tells of a doer ("Islamic State claimed
    responsibility for the attack"): the act's verb and the heads of its phrases but names are in
    the other claim, one at least besides the verb (what the act was done to or over). One
    doer set against none, however unlike the rest of the claims' words (helper confneg149).
    `tokens_*`: the claims' normalised tokens."""
    if "no" not in a.lower() and "no" not in b.lower():
        return False
    for text, other in ((a, tokens_b), (b, tokens_a)):
        if "not" in other or "deny" in other:
            continue
        for verb, rest in _nobody_acts(text):
            if verb in other and rest and rest <= other:
                return True
    return False

