"""An act refused or failed against the act done: "the minister refused to resign" / "the minister
resigned", "the opposition's bid to start impeachment proceedings failed" / "the opposition gathered
enough votes to launch impeachment proceedings". Against a claim that says the act happened, a
denial (`compare` reads it with the negation step). Two claims refusing two acts are two facts
(`refused_two_acts`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.language.paraphrases import rewrite_paraphrases
from workbench.core.language.verbs import STARTING_VERBS, to_past
from workbench.core.text_caches import text_cache

#: Words between a refusal and its "to" that only say when ("declined in July 2025 to revoke",
#: "refused on Tuesday to confirm", "refused last week to approve"): a preposition or "last" / "this"
#: and up to three words, none of them "to".
_WHEN = r"(?:,?\s+(?:on|in|at|last|this|again|earlier|later)(?:\s+(?!to\b)[\w'-]+){0,3}?,?)?"
#: An act told with its particle ("refused to hand over" is "transfer", as the verb table writes "handed over").
_ACT = r"\s+([a-z]+(?:\s+(?:over|off|out|up|down|back|away)\b)?)"
#: A refusal told without "to": "stopped short of declaring", "refrained from using" (helper conf8),
#: and a choice against an act ("decided against raising rates", "opted against renewing"): the act
#: not done, as "declined to" tells it (helper conf137a). Read by `ruled_out` too.
REFUSED_WITHOUT_TO = (r"stop(?:s|ped|ping)?\s+short\s+of|refrain(?:s|ed|ing)?\s+from"
                      r"|(?:decid(?:e|es|ed|ing)|opt(?:s|ed|ing)?|cho(?:se|oses?|osing))\s+against")
#: A refusal or failure with its act ("refused to resign", "failed to stop", "declined to give"):
#: against a claim that says the act happened, a denial. ("declined 2 percent" has no "to".)
#: "has yet to release" is no release either.
_REFUSED_ACT = re.compile(r"\b(?:(?:refus(?:e|es|ed|ing)|fail(?:s|ed|ing)?|declin(?:e|es|ed|ing))" + _WHEN + r"\s+to"
                          r"|(?:has|have|had|is|are|was|were)\s+yet\s+to|" + REFUSED_WITHOUT_TO + ")" + _ACT, re.I)
#: An attempt at an act that came to nothing: "the opposition's bid to start impeachment
#: proceedings failed", "a motion to dissolve parliament was defeated", "the attempt to force a vote
#: collapsed" (the failure within the clause: no full stop or semicolon before it; as written or as
#: the verb table rewrites it, "was reject", "collapse").
_FAILED_ATTEMPT = re.compile(r"\b(?:bid|attempt|effort|push|motion|move|drive)s?\s+to" + _ACT +
                             r"\b[^.;:]{0,80}?\b(?:fail(?:s|ed)?|collapse[sd]?|f[ae]ll(?:s)?\s+(?:short|through|apart)"
                             r"|(?:was|were)\s+(?:defeat(?:ed)?|reject(?:ed)?|block(?:ed)?|thwart(?:ed)?|voted\s+down))\b", re.I)

#: Backing withheld, told by "without" (helper opp109): "was elected without the backing of the DPS"
#: denies "was elected with the support of the DPS". Each group is one kind of assent, and the nouns
#: of a group stand for one another ("support" / "backing"); other nouns after "without" are left
#: alone ("left without his wife" denies no wife).
ASSENT_NOUNS: tuple[tuple[str, ...], ...] = (
    ("support", "backing", "endorsement", "blessing"),
    ("approval", "consent", "permission", "authorisation", "authorization", "blessing"),
)
_WITHOUT = re.compile(r"\bwithout\s+(?:(?:the|any|a|an|its|their|his|her|formal|official|explicit|full|prior)\s+){0,2}("
                      + "|".join(sorted({n for g in ASSENT_NOUNS for n in g})) + r")\b", re.I)


@lru_cache(maxsize=1)
def _assent_stems() -> dict[str, frozenset[str]]:
    """{a noun of assent as written: the normalised tokens of its group (`ASSENT_NOUNS`)}."""
    from workbench.core.match.normalize import normalize

    out: dict[str, set[str]] = {}
    for group in ASSENT_NOUNS:
        tokens = {t for n in group for t in normalize(n).tokens}
        for n in group:
            out.setdefault(n, set()).update(tokens)
    return {n: frozenset(t) for n, t in out.items()}


@lru_cache(maxsize=1)
def _starting_stems() -> frozenset[str]:
    """The normalised tokens of the verbs of starting (`verbs.STARTING_VERBS`), after the verb table."""
    from workbench.core.match.knowledge import rewrite
    from workbench.core.match.normalize import normalize

    return frozenset(t for v in STARTING_VERBS for t in normalize(rewrite(v)[0]).tokens)


@text_cache()  # a claim is read against each of its partners
def refused_acts(text: str) -> frozenset[str]:
    """The acts' tokens a claim says were refused or failed (`_REFUSED_ACT`, `_FAILED_ATTEMPT`;
    "dismissed a petition seeking to"). An act of starting stands for every verb of starting."""
    from workbench.core.match.knowledge import rewrite
    from workbench.core.match.normalize import normalize

    text = rewrite_paraphrases(text, [])  # (a request to act dismissed is the act refused)
    acts = frozenset(t for pattern in (_REFUSED_ACT, _FAILED_ATTEMPT) for m in pattern.finditer(text)
                     for t in normalize(rewrite(m.group(1))[0]).tokens)
    acts |= _done_as_told(text) | {t for m in _WITHOUT.finditer(text) for t in _assent_stems()[m.group(1).lower()]}
    return acts | _starting_stems() if acts & _starting_stems() else acts


def _done_as_told(text: str) -> frozenset[str]:
    """The tokens a refused act gains when told as done (helper opp109): the claim with "failed to
    reach" written "reached", rewritten, less the claim's own tokens ("failed to reach a deal": the
    verb table writes "reached a deal" "agreed", so it meets "agreed a deal")."""
    from workbench.core.match.knowledge import rewrite
    from workbench.core.match.normalize import normalize

    matches = [m for m in _REFUSED_ACT.finditer(text) if normalize(m.group(1)).tokens]  # ("declined to their lowest")
    if not matches:
        return frozenset()
    done = text
    for m in reversed(matches):
        verb, _, rest = m.group(1).partition(" ")
        done = done[:m.start()] + " ".join(filter(None, (to_past(verb), rest))) + done[m.end():]
    return frozenset(normalize(rewrite(done)[0]).tokens) - frozenset(normalize(rewrite(text)[0]).tokens)


def refused_act(a: str, b: str, tokens_a: list[str], tokens_b: list[str],
                written: tuple[str, str] | None = None) -> str | None:
    """'refused: resign' when one claim says an act was refused or failed ("the minister refused to
    resign") and the other, with no negation of its own, that it happened ("the minister
    resigned"). Claims both negative ("declined to comment" / "did not comment", "denied a motion
    to postpone") are left to the negation step. `written`: the claims as written, whose tokens
    tell the act too before the verb table rewrites it ("conceded defeat", written "lost", meets
    "refused to concede"; helper opp109)."""
    from workbench.core.match.knowledge import not_happened_stems
    from workbench.core.match.normalize import implicit_negation, normalize

    for x, y, ty, wy in ((a, b, tokens_b, written and written[1]), (b, a, tokens_a, written and written[0])):
        acts = refused_acts(x)
        # (a denial refused is met by a denial: "refused to rule out force" / "ruled out force"; helper conf129)
        if not acts or implicit_negation(y) or "not" in ty or "deny" in ty and "deny" not in acts \
                or any(t.startswith(("refus", "fail", "declin")) for t in ty) \
                or acts & refused_acts(y):  # "their failure to get"; the same act refused in both
            continue
        for told in (ty, normalize(wy).tokens if wy else []):
            for k, t in enumerate(told):
                if t in acts and (k == 0 or told[k - 1] not in not_happened_stems()):
                    return f"refused or failed: {t}"
    return None


def refused_two_acts(a: str, b: str) -> str | None:
    """'refused two acts: nominat / sign' when both claims refuse or fail an act and the acts are two:
    none refused in both, and either one claim names the other's refused act outside its own refusal
    ("refused to nominate X as prime minister" / "refused to sign the law curbing his powers to
    nominate a prime minister": the second refuses the signing, the nominating is what the law is
    about) or both acts are outcomes the outcome table knows and does not make one (`opposites.same_outcome`:
    "refused to extend" / "refused to renew" are one). A verb the table does not know may be the
    other's synonym ("refused to appoint" / "declined to name"): left alone (helper not109).
    `a`, `b`: the claims' reported, rewritten wordings (`claim_view.claim_roles`)."""
    from workbench.core.match.normalize import normalize
    from workbench.core.match.opposites import same_outcome

    acts_a, acts_b = refused_acts(a), refused_acts(b)
    if not acts_a or not acts_b or acts_a & acts_b:
        return None
    table = same_outcome()
    if any(y in table.get(x, ()) for x in acts_a for y in acts_b):
        return None
    tokens_a, tokens_b = frozenset(normalize(a).tokens), frozenset(normalize(b).tokens)
    named = bool(acts_a & tokens_b) != bool(acts_b & tokens_a)  # one claim's act inside the other's object
    known = all(x in table for x in acts_a | acts_b)
    if not (named or known):
        return None
    return f"refused two acts: {' '.join(sorted(acts_a))} / {' '.join(sorted(acts_b))}"
