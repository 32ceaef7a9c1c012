"""A country named in one claim and told by its form of state in the other ("Brunei introduced the
code" / "The sultanate began phasing in the code", "Saudi Arabia cut output" / "the kingdom cut
output", "Qatar" / "the emirate"): one state, written as the other's name for it, so every step
that compares doers, names and words reads one state (helper dup139, sets 137-140).

A pair rewrite like `bodies_by_kind`: only the other claim tells which state "the kingdom" is. Read
only when the claim telling the form names no country itself and the other names exactly one, of
that form (`FORMS`: the world's monarchies by the title news gives them; a republic is told by no
such word). A country of another form ("Oman" / "the kingdom") is another state, another fact
(`states_apart`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping
from functools import lru_cache

from workbench.core.language.countries import country_short_names
from workbench.core.match.knowledge import country_names
from workbench.core.match.place_names import country_of
from workbench.core.text_caches import text_cache

#: Forms of state news tells a monarchy by, and the countries (canonical short names) of each.
FORMS: dict[str, frozenset[str]] = {
    "sultanate": frozenset(["Oman", "Brunei"]),
    "emirate": frozenset(["Qatar", "Kuwait"]),
    "emirates": frozenset(["United Arab Emirates"]),
    "kingdom": frozenset(["Saudi Arabia", "Jordan", "Morocco", "Bahrain", "Thailand", "Cambodia", "Eswatini",
                          "Lesotho", "Bhutan", "Tonga", "Spain", "Sweden", "Norway", "Denmark", "Netherlands",
                          "Belgium", "United Kingdom"]),
    "principality": frozenset(["Monaco", "Liechtenstein", "Andorra"]),
    "grand duchy": frozenset(["Luxembourg"]),
}
#: Words between "the" and the form that keep it the state ("the oil-rich sultanate", "the Gulf
#: kingdom", "the tiny Himalayan kingdom"); "the United Kingdom" is a name, read as one.
_MODIFIER = r"(?:[\w]+-rich|gulf|tiny|small|wealthy|island|desert|conservative|absolute|himalayan|alpine|arab|muslim)"
_FORM_TOLD = re.compile(r"\b[Tt]he\s+(?:" + _MODIFIER + r"\s+){0,2}(" + "|".join(FORMS) + r")\b(?!\s+of\b)", re.I)
#: "the country" as the subject of a verb (every state is one; helper dup161b, sets 161-164: "if the
#: country faced a crisis" / "if Liechtenstein were hit by a crisis"), read as `FORMS` are. Only before
#: a modal, an auxiliary or a past verb: a place ("across the country" / "nationwide", "fled the
#: country" / "is still in Eswatini") and an owner ("the country's first president" / "Barbados' first
#: president") were tried and lost pairs of sets 87, 134 and 137 the words had held.
_COUNTRY_TOLD = re.compile(r"\b[Tt]he\s+(country)(?=\s+(?:would|will|could|can|may|might|must|should|has|had|have|is|was"
                           r"|were|[a-z]{2,}ed)\b)")


class _Every(frozenset[str]):
    """Every country: a country of any form is "the country"."""

    def __contains__(self, item: object) -> bool:
        return True


_ANY_COUNTRY: Mapping[str, Container[str]] = {"country": _Every()}


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern[str]:
    """Every name of a country as written (longest first)."""
    names = {*country_names(), *country_short_names().values(), *country_names().values()}
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                      + r")(?![\w])")


@text_cache()
def _forms_told(text: str) -> tuple[tuple[str, int, int], ...]:
    """(form, start, end) of each state a claim tells by its form ("the sultanate")."""
    low = text.lower()
    if not any(f in low for f in FORMS):
        return ()
    return tuple((m.group(1).lower(), m.start(), m.end()) for m in _FORM_TOLD.finditer(text))


@text_cache()
def countries_named(text: str) -> tuple[tuple[str, str], ...]:
    """(canonical country, name as written) of each country a claim names."""
    return tuple((c, m.group(1)) for m in _country_pattern().finditer(text) if (c := country_of(m.group(1))))


#: A state told by a kind in one claim, (kind, start, end), and the country the other names for it,
#: (canonical name, name as written).
Found = tuple[tuple[str, int, int], tuple[str, str]]


@text_cache()
def _country_told(text: str) -> tuple[tuple[str, int, int], ...]:
    """("country", start, end) of each "the country" a claim tells."""
    if "country" not in text:
        return ()
    return tuple(("country", m.start(), m.end()) for m in _COUNTRY_TOLD.finditer(text))


def _told_and_named(one: str, other: str) -> Found | None:
    """One claim's only state told by its form (naming no country) and the other's only country named, or None."""
    told = _forms_told(one)
    if len(told) != 1 or countries_named(one) or _forms_told(other):
        return None
    named = countries_named(other)
    return (told[0], named[0]) if named and len({c for c, _ in named}) == 1 else None


def _country_and_named(one: str, other: str) -> Found | None:
    """One claim's only "the country" (naming no country, telling no form) and the other's only
    country named (the other telling neither "the country" nor a form), or None."""
    told = _country_told(one)
    if len(told) != 1 or countries_named(one) or _forms_told(one) or _forms_told(other) or _country_told(other):
        return None
    named = countries_named(other)
    return (told[0], named[0]) if named and len({c for c, _ in named}) == 1 else None


def state_by_kind(a: str, b: str) -> tuple[str, str, str] | None:
    """(`a`, `b` with one claim's state told by its form, or as "the country", written as the other
    names it, what fired), or None."""
    if not _forms_told(a) and not _forms_told(b):
        if not _country_told(a) and not _country_told(b):
            return None
        return written_as_named((a, b), _country_and_named, _ANY_COUNTRY, lambda one, found: f"the country = {found[1][1]}")
    return written_as_named((a, b), _told_and_named, FORMS, lambda one, found: f"the {found[0][0]} = {found[1][1]}")


def written_as_named(pair: tuple[str, str], told_and_named: Callable[[str, str], Found | None],
                     kinds: Mapping[str, Container[str]], hit: Callable[[str, Found], str]) -> tuple[str, str, str] | None:
    """(the pair with one claim's state told by a kind written as the country the other names, what
    fired), or None: when `told_and_named` finds the two in one order and the country is of that
    kind in `kinds`. One rewrite for a state told by its form (here) and by its region
    (`regions_told`); `hit(claim, found)` words the reason."""
    for one, other, flip in ((pair[0], pair[1], False), (pair[1], pair[0], True)):
        found = told_and_named(one, other)
        if found is None or found[1][0] not in kinds[found[0][0]]:
            continue
        (_, start, end), (_, written) = found
        new = one[:start] + written + one[end:]
        return (other, new, hit(one, found)) if flip else (new, other, hit(one, found))
    return None


def states_apart(a: str, b: str) -> str | None:
    """'another state: Oman / the kingdom' when one claim tells a state by a form the country the
    other names is not of: two states, two facts."""
    if not _forms_told(a) and not _forms_told(b):
        return None
    for one, other in ((a, b), (b, a)):
        if (found := _told_and_named(one, other)) is not None and found[1][0] not in FORMS[found[0][0]]:
            return f"another state: {found[1][1]} / the {found[0][0]}"
    return None
