"""The negation step of a comparison: does one claim deny what the other asserts?

Moved out of `compare` (which reads it once per pair). Denials are read of each claim's rewritten
wording (`knowledge.rewrite`), the wording its tokens come from, so a denial the rewrite names
("rejected reports that" = "denied that", "conceded defeat" = "lost") is read as the tokens read it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Protocol

from workbench.core.language.actors import organisation_names
from workbench.core.language.negation import denial_scopes, denies, negation_scopes
from workbench.core.match import denied_scope, knowledge
from workbench.core.match.negated_states import StateMarks, one_state_denied
from workbench.core.match.normalize import implicit_negation, normalize
from workbench.core.text_caches import text_cache

#: A different number of negations clashes only from this lexical similarity,
NEGATION_MIN_SIM = 70.0
#: or from this sentence-vector cosine (the semantic path): a denial told in other words ("Pope
#: Francis did not tell boy heaven has room for pets" / "Pope Francis told a boy ... Paradise is open
#: to all"). Measured on Emergent dev (claim / headline, stop 36): "against" headlines called
#: conflicts 108 -> 119 of 304 (duplicates 20 -> 14), "for" and "observing" ones 24 -> 32 of 1,767;
#: at 0.65 126 against 37. Event pairs (sets 1-76) and the golden outputs unchanged; MRPC dev 0.770.
NEGATION_MIN_COSINE = 0.75


class _View(Protocol):
    tokens: frozenset[str]  # a claim's normalised tokens (`claim_view.ClaimView`)
    nots: int  # how many "not"s
    acts: tuple[list[str], frozenset[str], StateMarks]  # `doers.outcome_tokens`: its denied states last


@lru_cache(maxsize=1)
def _names_in_lower_case() -> dict[str, str]:
    """{a state's or body's name of two words or more, lower case, its words joined by spaces: the
    name as written} ("timor leste": "Timor-Leste", "burkina faso": "Burkina Faso")."""
    out: dict[str, str] = {}
    for name in (*knowledge.country_names(), *organisation_names()):
        words = re.split(r"[\s-]+", name.lower())
        if 1 < len(words) <= 4:
            out.setdefault(" ".join(words), name)
    return out


@text_cache()
def _scope_tokens(scope: str) -> frozenset[str]:
    """A negation's scope (its words, lower case) as tokens, a state's or body's name of several words
    read as its one token as well: the rewrite knows names as written, so "would not expel
    Timor-Leste's envoy" denied nothing of "expelled Timor-Leste's envoy" once the name is one
    token there (helper dup117)."""
    tokens = set(normalize(knowledge.rewrite(scope)[0]).tokens)
    words, names = scope.split(), _names_in_lower_case()
    for n in (2, 3, 4):
        for i in range(len(words) - n + 1):
            if (name := names.get(" ".join(words[i:i + n]))) is not None:
                tokens.update(normalize(knowledge.rewrite(name)[0]).tokens)
    return frozenset(tokens)


def denying(text: str, other_tokens: frozenset[str], scopes: Callable[[str], list] = negation_scopes) -> int:
    """The negations (or, with `negation.denial_scopes`, the denials) of `text` that deny something
    the other claim (its normalised tokens) says (`negation.negation_scopes`)."""
    return sum(1 for scope in scopes(text)
               if scope is None or not other_tokens.isdisjoint(_scope_tokens(" ".join(scope))))


def negation_step(a: str, b: str, va: _View, vb: _View, fact_sim: float,
                  rewritten: tuple[str, str] | None = None, cosine: float | None = None) -> bool:
    """One claim denies what the other asserts. A denial word ("denied", "hoax") in one claim
    clashes unless the other says the same with an implicit negation ("rejected", "refused") or
    a "not" of its own that denies what the denial denies ("denied that troops fired" / "troops did
    not fire": both negative). A different number of "not"s clashes only when the rest is nearly
    the same, and not when an implicit negation makes both negative ("did not give details" /
    "declined to give details"). `rewritten`: the claims' `knowledge.rewrite` wordings; `cosine`: their
    sentence vectors' (semantic path), which lets a denial in other words through (`NEGATION_MIN_COSINE`)."""
    ra, rb = rewritten or (a, b)
    deny_a, deny_b = "deny" in va.tokens and denies(ra), "deny" in vb.tokens and denies(rb)
    if deny_a != deny_b and not denying(ra if deny_a else rb, (vb if deny_a else va).tokens, denial_scopes):
        deny_a = deny_b = False  # it denies nothing the other says ("Man denies arson" / "fire gutted the store")
    if deny_a != deny_b:
        plain, plain_view, other_view = (b, vb, va) if deny_a else (a, va, vb)
        if plain_view.nots > other_view.nots and "deny" not in plain_view.tokens and denying(plain, other_view.tokens):
            return False  # both negative: "denied that troops fired" / "said troops had not fired" (a "not"
            # both claims hold is no such answer: "Debunked: Apple ... so that it doesn't bend"; nor one of
            # the denial itself: "did not deny the report" / "denied the report")
        if not implicit_negation(plain):
            return True
    nots_a, nots_b = va.nots, vb.nots
    alike = fact_sim >= NEGATION_MIN_SIM or cosine is not None and cosine >= NEGATION_MIN_COSINE
    if nots_a != nots_b and (alike or denied_scope.whole_denied(a, b, va, vb, fact_sim)
                             or denied_scope.opening_denied(a, b) or denied_scope.nobody_did(a, b, va.tokens, vb.tokens)):
        # (read of the wordings the "not"s were counted in: "lacked a legal basis" is "had no legal basis",
        # `language.lacked`; helper conf161)
        if denying(ra, vb.tokens) == denying(rb, va.tokens):
            return False  # the "not"s that differ deny nothing the other says ("..., but gave no details")
        if one_state_denied(va.acts[2], vb.acts[2]):
            return False  # "has never been paid" / "remains unpaid": one state denied two ways
        implicit_a, implicit_b = implicit_negation(a), implicit_negation(b)
        if implicit_a or implicit_b:
            return (deny_a or implicit_a or nots_a > 0) != (deny_b or implicit_b or nots_b > 0)
        return True  # "not" twice against once ("No, ESPN is not ...") still reads as a denial
    return False
