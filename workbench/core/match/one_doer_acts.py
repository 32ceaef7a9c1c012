"""One doer's two acts of two kinds: "Venezuela named Saab a member of its delegation to the talks
with the opposition in Mexico" / "Venezuela suspended its talks with the opposition in Mexico after
Saab's extradition", "Jordan's public prosecutor banned media coverage of the Hamzah investigation" /
"... charged Awadallah and bin Zaid in the Hamzah investigation" (helper not145). The doer and the
thing the acts are about are the same words, so the words and the meaning vector find the claims
alike; the acts, what each claim states, are two.

`acts.acts_of_two_kinds` reads two kinds of `event_verbs.ACT_KINDS` between any claims, and the
steps of a case (`event_verbs.CASE_STEPS`) only between near-same claims, since between claims of
other words a case is often told from two of its steps by two doers ("charged with murder" /
"killed two women"). One doer, named alike as the subject of both main verbs (`roles`), pins the
claims to one actor: here the steps of a case are read too, and the kinds one doer's acts are told
with (`event_verbs.DOER_KINDS`: an appointment, a thing stopped).

Only verbs a table knows are read: a verb no table lists may be the other's synonym ("released
updated figures" / "published new statistics", "shelled positions" / "bombarded strongholds"), and a
rule splitting any two verbs of one doer lost four duplicates (seized / confiscated, beefed up /
reinforced: docs/matching.md, helper dup113). Kinds that one act is told as either way are folded into
one (`event_verbs.DOER_KIND_FOLDS`: "halted imports" / "banned imports", "froze hiring" / "halted
recruitment", "elected" / "named speaker"); kinds that tell the act they name ("announced a ban",
"launched an offensive") and light verbs ("paid a visit") are left out, as is a lead ("led to" is a
cause, "led the attack" the attack).
"""

from __future__ import annotations

from collections.abc import Set
from functools import lru_cache

from workbench.core.language.event_verbs import ACT_KINDS, CASE_STEPS, DOER_KIND_FOLDS, DOER_KINDS, EVENT_KIN
from workbench.core.match.acts import LIGHT_VERBS, alike, kinds_of
from workbench.core.match.opposites import same_outcome
from workbench.core.match.roles import main_act, roles
from workbench.core.text_caches import text_cache

#: Kinds no one doer's act is read by: those telling the act they name, a light verb's, a cause's.
_LEFT_OUT = frozenset({"announcement", "launch", "damages", "leadership"})


@lru_cache(maxsize=1)
def _doer_kinds() -> dict[str, str]:
    """{a verb's stem: its kind} of `ACT_KINDS`, `CASE_STEPS` and `DOER_KINDS`, folded (`DOER_KIND_FOLDS`)."""
    out: dict[str, str] = {}
    for table in (CASE_STEPS, ACT_KINDS, DOER_KINDS):
        out.update({s: DOER_KIND_FOLDS.get(kind, kind) for s, kind in kinds_of(table).items() if kind not in _LEFT_OUT})
    return out


@text_cache()
def _doer_act(wording: str) -> tuple[frozenset[str], str, str] | None:
    """(the doer's tokens, the main verb's stem, its kind) of a claim's reported wording, or None
    when its main verb has no kind, is a light verb, or no doer is read."""
    act = main_act(wording)
    kind = None if act is None or act in LIGHT_VERBS else _doer_kinds().get(act)
    read = None if kind is None else roles(wording)
    if act is None or kind is None or read is None or not read[0]:
        return None
    return read[0], act, kind


def one_doer_acts(wordings: tuple[str, str], tokens: tuple[Set[str], Set[str]]) -> str | None:
    """'one doer, another act: nam / suspend' when the claims' main verbs are of two kinds
    (`_doer_kinds`), done by one doer named alike (`roles`), neither verb named by the other claim,
    not one event told as either (`event_verbs.EVENT_KIN`), one outcome (`opposites.same_outcome`)
    or one word in two forms (`acts.alike`). `wordings`: the claims' reported, rewritten wordings
    (`claim_view.claim_roles`); `tokens` their normalised tokens."""
    read_a = _doer_act(wordings[0])
    read_b = None if read_a is None else _doer_act(wordings[1])
    if read_a is None or read_b is None:
        return None
    (doer_a, act_a, kind_a), (doer_b, act_b, kind_b) = read_a, read_b
    if doer_a != doer_b or kind_a == kind_b or act_a in tokens[1] or act_b in tokens[0] \
            or act_b in EVENT_KIN.get(act_a, ()) or act_a in EVENT_KIN.get(act_b, ()) \
            or act_b in same_outcome().get(act_a, ()) or act_a in same_outcome().get(act_b, ()) or alike({act_a}, {act_b}):
        return None
    return f"one doer, another act: {act_a} / {act_b}"
