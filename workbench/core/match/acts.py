"""Two kinds of act in one frame: "three ships sailed through the corridor" / "three ships were hit
in the corridor", "inmates were injured" / "inmates were transferred", "the EU extended its mission"
/ "launched its mission", "expelled the ambassador" / "withdrew its ambassador". The words and the
meaning vector are nearly the same; the act, what the claim states, is another: another fact.

The kinds are `language.event_verbs.ACT_KINDS`, read on each claim's main verb (`roles.main_act`).
A launch is an attack when it launches weapons or attacks ("launched 40 airstrikes" = "bombed"),
else a start ("launched a mission").
"""

from __future__ import annotations

from functools import lru_cache

from workbench.core.language.event_verbs import ACT_KINDS
from workbench.core.language.stems import stem
from workbench.core.language.verbs import to_past
from workbench.core.match.kind_slots import names_arms
from workbench.core.match.roles import main_act
from workbench.core.match.wanted import wanted_apart

#: The kind of act a launch of arms is.
_ARMS_LAUNCHED = "harm"


@lru_cache(maxsize=1)
def _act_kinds() -> dict[str, str]:
    """{stem of a verb's base and past forms: its kind of act} (`event_verbs.ACT_KINDS`; a final
    consonant doubled too: "expelled")."""
    return {s: kind for kind, verbs in ACT_KINDS.items() for v in verbs if " " not in v
            for s in (stem(v), stem(to_past(v)), stem(f"{v}{v[-1]}ed"))}


def _kind(act: str | None, wording: str) -> str | None:
    kind = _act_kinds().get(act) if act is not None else None
    return _ARMS_LAUNCHED if kind == "launch" and names_arms(wording) else kind


def other_act(surface_a: str, surface_b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> str | None:
    """'another act: sail / hit' when the two claims' main verbs (`roles.main_act`) are of two kinds
    (`event_verbs.ACT_KINDS`) and neither claim names the other's verb anywhere: the same people or
    things doing or undergoing another act are another fact. `surface_*`: the claims' reported,
    rewritten wordings (`compare.claim_roles`); `tokens_*` their normalised tokens. Else an act asked
    for in one claim and done in the other (`wanted.wanted_apart`)."""
    # else an act asked for against one done (`wanted`)
    return acts_of_two_kinds(surface_a, surface_b, tokens_a, tokens_b) or wanted_apart(surface_a, surface_b)


def acts_of_two_kinds(surface_a: str, surface_b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> str | None:
    """`other_act`'s first reading alone: the two main verbs of two kinds of act, neither named by
    the other claim anywhere."""
    act_a, act_b = main_act(surface_a), main_act(surface_b)
    kind_a = _kind(act_a, surface_a)
    kind_b = _kind(act_b, surface_b) if kind_a is not None else None
    if kind_a is None or kind_b is None or kind_b == kind_a or act_a in tokens_b or act_b in tokens_a:
        return None
    return f"another act: {act_a} / {act_b}"
