"""A bloc of states and the UN saying one thing are two voices: "The European Union called for an
independent investigation into the deaths" / "The UN human rights chief called for an independent
investigation ..." are two statements (sets 125-128, helper not125).

`doers.sayers_apart` keeps two international bodies saying one thing as one voice when one of them
is the UN, since a UN agency or mission may be told as the UN ("UNHCR said" / "the UN said"). A
body of many states told by its kind as a bloc or an alliance (`bodies_by_kind.KINDS`: the EU, the
AU, ECOWAS, ASEAN, NATO, ...) is no UN agency: it never speaks for the UN nor the UN for it.
"""

from __future__ import annotations

from collections.abc import Set
from functools import lru_cache

from workbench.core.match.bodies_by_kind import KINDS
from workbench.core.match.knowledge import actor_token
from workbench.core.match.normalize import normalize

#: The kinds of body (`bodies_by_kind.KINDS`) that are states' own blocs, outside the UN.
_BLOC_KINDS = ("bloc", "alliance")


@lru_cache(maxsize=1)
def _bloc_tokens() -> frozenset[str]:
    """The tokens of the blocs of states as `rewrite` writes them ("europeanunion", "nato")."""
    return frozenset(t for kind in _BLOC_KINDS for body in KINDS[kind] for t in normalize(actor_token(body)).tokens)


def bloc_against_other(voices_a: Set[str], voices_b: Set[str], prefix: str) -> bool:
    """Whether one side's voices (tokens after `prefix`, as `doers` keeps bodies) are all blocs of
    states and the other's hold none: a bloc and the UN (or one of its agencies) are two voices."""
    blocs = _bloc_tokens()
    a = {v.removeprefix(prefix) for v in voices_a}
    b = {v.removeprefix(prefix) for v in voices_b}
    return bool(a and b) and (a <= blocs and not b & blocs or b <= blocs and not a & blocs)
