"""One harm told of two causes: "The explosion damaged dozens of homes near the industrial estate" /
"The floods damaged dozens of homes near the industrial estate", "The earthquake destroyed 200
houses" / "The airstrikes destroyed 200 houses" (sets 157-160, helper not157b).

The two claims share every word but the cause, so the words and the meaning vector find them alike,
and no reading tells the causes apart: `doers` reads named doers and kinds of armed men, and
`kind_slots` tells two members of one kind apart ("an earthquake" / "floods": two disasters), not
members of two kinds, since a wider word of another kind may name the same thing. A harm done by
people (an attack, an explosion, a weapon: `language.kinds` under "attacks" and "weapons") and a
harm done by nature (a disaster of `language.kinds`) are never one cause told two ways: a bomb is
no flood. Fires are left out of nature's: an explosion starts a fire, and "the explosion" / "the
fire" destroying one warehouse are often one event told by its two faces.

Read only where the cause is the act's doer in both claims: the subject of one main verb (`roles`:
an active verb's subject or a passive's "by" phrase), the same verb in both, and neither claim
naming a cause of the other's side anywhere ("floods after the blast": both). Who reports or
condemns the harm is no cause (`doers.JUDGING`).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from workbench.core.language.kinds import kind_ancestors
from workbench.core.match.doers import JUDGING
from workbench.core.match.roles import main_act, roles

#: The kinds' roots of harm done by people, and of harm done by nature (`language.kinds`).
_BY_PEOPLE, _BY_NATURE = frozenset(["attacks", "weapons"]), "disasters"
#: Fires are left out of nature's causes (an explosion starts one: see the module docstring).
_FIRES = "<fires>"


@lru_cache(maxsize=1)
def _sides() -> dict[str, str]:
    """{kind's name: "people" or "nature"} for the kinds of `language.kinds` that cause harm."""
    out: dict[str, str] = {}
    for kind, ups in kind_ancestors().items():
        chain = (kind, *ups)
        if chain[-1] in _BY_PEOPLE:
            out[kind] = "people"
        elif chain[-1] == _BY_NATURE and _FIRES not in chain and kind != _BY_NATURE:
            out[kind] = "nature"  # (not "a disaster", "a catastrophe": a bomb's too)
    return out


def _causes(kinds: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """{side: {kind: as written}} of the causes a claim's kinds name (`kind_slots.kinds_read`)."""
    sides = _sides()
    out: dict[str, dict[str, str]] = {}
    for kind, written in kinds.items():
        side = sides.get(kind)
        if side is not None:
            out.setdefault(side, {})[kind] = written
    return out


def causes_apart(wordings: tuple[str, str], kinds: tuple[Mapping[str, str], Mapping[str, str]]) -> str | None:
    """'another cause: explosion / flood' when one claim's doer is a harm done by people and the
    other's a harm done by nature, of one main verb, and neither claim names a cause of the other's
    side. `wordings`: the claims' reported wordings (`claim_view.claim_roles`); `kinds`: their
    `kind_slots.kinds_read`."""
    ca, cb = _causes(kinds[0]), _causes(kinds[1])
    if len(ca) != 1 or len(cb) != 1 or ca.keys() == cb.keys():
        return None  # (cheap: one side each, two sides)
    act = main_act(wordings[0])
    if act is None or act != main_act(wordings[1]) or JUDGING.search(wordings[0]) or JUDGING.search(wordings[1]):
        return None
    read_a, read_b = roles(wordings[0]), roles(wordings[1])
    if read_a is None or read_b is None:
        return None
    (wa,), (wb,) = ca.values(), cb.values()
    doer_a = [w for w in wa.values() if set(w.split()) <= read_a[0]]
    doer_b = [w for w in wb.values() if set(w.split()) <= read_b[0]]
    if not doer_a or not doer_b:
        return None
    return f"another cause: {doer_a[0]} / {doer_b[0]}"
