"""A body of many states named in one claim and told by its kind in the other ("Timor-Leste first
applied to join ASEAN" / "Dili submitted its application for membership of the bloc", "NATO" /
"the alliance", "OPEC" / "the oil cartel"): one body, written as the other's name for it, so every
step that compares doers, names and words reads one body (helper dup117, sets 117-120).

A pair rewrite like `regulators`: only the other claim tells which body "the bloc" is, once the
story has named it. Read only when the claim telling the kind names no such body itself and the
other names exactly one. A body of another kind ("applied to join the European Union" / "... of the
alliance") is another body, another fact (`bodies_apart`). A kind word with a modifier that makes it
another thing ("the ruling alliance", "the opposition bloc": parties) is no body of states.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.language.actors import organisation_names
from workbench.core.text_caches import text_cache

#: The kinds news calls a body of many states by, and the bodies (`actors.ORGANISATIONS`' canonical
#: names) of each. NATO is "the alliance", and to some outlets "the (military) bloc" too.
KINDS: dict[str, frozenset[str]] = {
    "bloc": frozenset(["European Union", "African Union", "ASEAN", "ECOWAS", "SADC", "East African Community", "IGAD",
                       "Arab League", "OAS", "NATO", "Pacific Islands Forum", "Gulf Cooperation Council", "CARICOM"]),
    "alliance": frozenset(["NATO"]),
    "cartel": frozenset(["OPEC"]),
    "lender": frozenset(["IMF", "World Bank", "AfDB", "Asian Development Bank"]),
}
#: Words between "the" and the kind that keep it a body of states ("the 27-nation bloc", "the
#: regional bloc", "the Western military alliance", "the Washington-based lender").
_MODIFIER = (r"(?:\d+-(?:nation|member|country|state)|(?:ten|\w+teen|twenty|thirty)[\w-]*-(?:nation|member)|regional"
             r"|military|western|transatlantic|defen[cs]e|security|oil|global|international|multilateral"
             r"|[\w]+-based|economic|trade|west\s+african|southern\s+african|east\s+african|southeast\s+asian"
             r"|south-east\s+asian|continental|european|african|asian|arab)")
_KIND_TOLD = re.compile(r"\bthe\s+((?:" + _MODIFIER + r"\s+){0,2})(" + "|".join(KINDS) + r")\b(?!\s+(?:of|for)\b)", re.I)


@lru_cache(maxsize=1)
def _body_pattern() -> re.Pattern[str]:
    """Every name of a body some kind holds, as written (longest first)."""
    bodies = frozenset().union(*KINDS.values())
    names = sorted((n for n, c in organisation_names().items() if c in bodies), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")


@text_cache()
def _kinds_told(text: str) -> tuple[tuple[str, int, int], ...]:
    """(kind, start, end) of each body a claim tells by its kind ("the bloc")."""
    low = text.lower()
    if not any(k in low for k in KINDS):
        return ()
    return tuple((m.group(2).lower(), m.start(), m.end()) for m in _KIND_TOLD.finditer(text))


@text_cache()
def _bodies_named(text: str) -> tuple[tuple[str, str, bool], ...]:
    """(canonical body, name as written, written after "the") of each body a claim names."""
    out = []
    for m in _body_pattern().finditer(text):
        out.append((organisation_names()[m.group(1)], m.group(1), text[:m.start()].lower().endswith("the ")))
    return tuple(out)


def _told_and_named(one: str, other: str) -> tuple[tuple[str, int, int], tuple[str, str, bool]] | None:
    """One claim's only body told by kind and the other's only body named, or None."""
    told = _kinds_told(one)
    if len(told) != 1 or _bodies_named(one) or _kinds_told(other):
        return None
    named = _bodies_named(other)
    if not named or len({c for c, _, _ in named}) != 1:
        return None
    return told[0], named[0]


def body_by_kind(a: str, b: str) -> tuple[str, str, str] | None:
    """(`a`, `b` with one claim's body told by its kind written as the other names it, what fired), or None."""
    if not _kinds_told(a) and not _kinds_told(b):
        return None
    for one, other, flip in ((a, b, False), (b, a, True)):
        if (found := _told_and_named(one, other)) is None:
            continue
        (kind, start, end), (body, written, the) = found
        if body not in KINDS[kind]:
            continue
        new = one[:start] + ("the " if the else "") + written + one[end:]
        if start == 0:
            new = new[0].upper() + new[1:]
        hit = f"the {kind} = {written}"
        return (other, new, hit) if flip else (new, other, hit)
    return None


def bodies_apart(a: str, b: str) -> str | None:
    """'another body: <name> / the <kind>' when one claim tells a body by a kind the body the other
    names is not of ("the European Union" / "the alliance"): two bodies, two facts."""
    if not _kinds_told(a) and not _kinds_told(b):
        return None
    for one, other in ((a, b), (b, a)):
        if (found := _told_and_named(one, other)) is not None and found[1][0] not in KINDS[found[0][0]]:
            return f"another body: {found[1][1]} / the {found[0][0]}"
    return None
