"""One grant or pledge of two things: "Tuvaluans would be able to work in Australia from the day they
arrive" / "... would be able to access Medicare from the day they arrive", "X announced extra police
patrols after the riots" / "X announced extra subsidies for the poorest households after the
riots". All words but one run are shared, in the same frame, and the run fills the one slot that
tells what is granted or pledged: the verb after "able to", "allowed to", "entitled to" (the right:
to work, to access health care, to open a bank account), or the thing after "extra", "additional",
"further" that an announcing or pledging verb promises more of. Two such runs that share no word
and no word's form are two rights or two measures: two facts (helper notobj121, sets 121-124).

`acts.other_act_on_things` reads one doer's two verbs on two things, and leaves one verb alone; here
the verb ("announced", "would be able") is one, and the slot after the frame word is all that
differs. A light verb ("able to take jobs", "allowed to get work": `acts.LIGHT_VERBS`) tells its
act by its object and is left alone, as are two verbs the outcome table makes one ("allowed to
stay" / "allowed to remain"), a run with a figure, and a thing pledged in a single word (two
nouns may name one thing: "extra staff" / "extra workers").
"""

from __future__ import annotations

import re

from workbench.core.language.stems import stem
from workbench.core.match.acts import LIGHT_VERBS, alike
from workbench.core.match.normalize import normalize
from workbench.core.match.opposites import same_outcome
from workbench.core.match.roles import main_act

#: Words a right is granted with; the verb after them tells the right ("able to work").
_RIGHT_WORDS = frozenset(stem(w) for w in ("able", "allowed", "entitled", "eligible", "permitted", "free"))
#: Words more of a thing is promised with ("extra patrols"), after a verb of `_PLEDGING`.
_MORE_WORDS = frozenset(stem(w) for w in ("extra", "additional", "further"))
_PLEDGING = frozenset(stem(w) for w in ("announce", "announced", "pledge", "pledged", "promise", "promised",
                                        "unveil", "unveiled"))
#: Written forms the frames need (a cheap check before the claims are read).
_FRAMES = re.compile(r"\b(?:able|allowed|entitled|eligible|permitted|free)\s+to\b|\b(?:extra|additional|further)\b")
#: The most tokens a slot's run may hold, and the fewest the two claims share.
_RUN_MAX, _SHARED_MIN = 4, 3


def _run(tokens: list[str], own: set[str]) -> tuple[str, list[str]] | None:
    """(the token before a claim's own run, the run) when its own tokens are one run after a token."""
    at = [k for k, t in enumerate(tokens) if t in own]
    if at != list(range(at[0], at[-1] + 1)) or at[0] == 0:
        return None
    return tokens[at[0] - 1], tokens[at[0]:at[-1] + 1]


def granted_apart(surface_a: str, surface_b: str) -> str | None:
    """'another thing granted: work / access medicar' when the two claims differ by one run each,
    right after one frame word both share (a right's "able to", a pledge's "extra"), and the two
    runs are two rights or two things (see the module's docstring). `surface_*`: the claims'
    reported, rewritten wordings (`claim_view.claim_roles`)."""
    if not _FRAMES.search(surface_a) or not _FRAMES.search(surface_b):
        return None
    ta, tb = normalize(surface_a).tokens, normalize(surface_b).tokens
    own_a, own_b = set(ta) - set(tb), set(tb) - set(ta)
    if not own_a or not own_b or len(own_a) > _RUN_MAX or len(own_b) > _RUN_MAX or len(set(ta) & set(tb)) < _SHARED_MIN:
        return None
    ra, rb = _run(ta, own_a), _run(tb, own_b)
    if ra is None or rb is None or ra[0] != rb[0] or alike(own_a, own_b) \
            or any(t[:1].isdigit() for t in own_a | own_b):
        return None
    frame, (va, vb) = ra[0], (ra[1][0], rb[1][0])
    if frame in _RIGHT_WORDS:
        if va in LIGHT_VERBS or vb in LIGHT_VERBS or vb in same_outcome().get(va, ()) \
                or va in same_outcome().get(vb, ()):
            return None  # "able to take jobs": the act is its object's; "stay" / "remain": one right
    elif frame not in _MORE_WORDS or min(len(ra[1]), len(rb[1])) < 2 or main_act(surface_a) not in _PLEDGING \
            or main_act(surface_b) not in _PLEDGING:
        return None
    return f"another thing granted: {' '.join(ra[1])} / {' '.join(rb[1])}"
