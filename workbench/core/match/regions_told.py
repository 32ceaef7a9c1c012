"""A country named in one claim and told by its region in the other ("the US will provide the
Marshall Islands with $2.3 billion" / "Washington is to give the Pacific nation 2.3 billion
dollars", "Qatar" / "the Gulf state", "Kyrgyzstan" / "the Central Asian country"): one state,
written as the other's name for it, so that every step comparing doers, names and words reads one
state (helper dup145b, sets 145-148). News names a country once and then by its region, and a
second outlet does the same the other way round.

A pair rewrite like `states_by_kind` ("the kingdom"): only the other claim tells which state "the
Pacific nation" is. Read only when a claim tells one state by its region, names no country the
other does not (a capital for its government counts as its country: "Washington"), and the other
names exactly one country more, of that region (`REGIONS`: regions
news names states by, each with its countries; a continent alone, "the European country", is too
wide to tell one). A country of another region is another state, another fact (`regions_apart`).
"""

from __future__ import annotations

import re

from workbench.core.match.knowledge import CAPITALS
from workbench.core.match.states_by_kind import Found, countries_named, written_as_named
from workbench.core.text_caches import text_cache

_PACIFIC = ("Marshall Islands", "Micronesia", "Palau", "Nauru", "Kiribati", "Tuvalu", "Fiji", "Samoa", "Tonga",
            "Vanuatu", "Solomon Islands", "Papua New Guinea", "Cook Islands")
_CENTRAL_AMERICAN = ("Guatemala", "Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panama", "Belize")
_SOUTH_AMERICAN = ("Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Ecuador", "Guyana", "Paraguay", "Peru",
                   "Suriname", "Uruguay", "Venezuela")
_CARIBBEAN = ("Jamaica", "Haiti", "Dominican Republic", "Cuba", "Bahamas", "Barbados", "Trinidad and Tobago", "Grenada",
              "Saint Lucia", "Saint Vincent and the Grenadines", "Antigua and Barbuda", "Dominica", "Saint Kitts and Nevis")
_WEST_AFRICAN = ("Nigeria", "Ghana", "Senegal", "Mali", "Burkina Faso", "Niger", "Guinea", "Guinea-Bissau", "Sierra Leone",
                 "Liberia", "Côte d'Ivoire", "Togo", "Benin", "Gambia", "Cabo Verde", "Mauritania")
_EAST_AFRICAN = ("Kenya", "Tanzania", "Uganda", "Rwanda", "Burundi", "Ethiopia", "Somalia", "South Sudan", "Djibouti",
                 "Eritrea")
_SOUTHEAST_ASIAN = ("Indonesia", "Malaysia", "Philippines", "Thailand", "Vietnam", "Cambodia", "Laos", "Myanmar",
                    "Singapore", "Brunei", "Timor-Leste")
#: The regions, as news writes them before "nation", "country", "state" (lower case, a hyphen or a
#: space between words alike), and their states (canonical names: `place_names.country_of`).
REGIONS: dict[str, frozenset[str]] = {
    "pacific": frozenset(_PACIFIC), "south pacific": frozenset(_PACIFIC),
    "gulf": frozenset(["Saudi Arabia", "United Arab Emirates", "Qatar", "Kuwait", "Bahrain", "Oman"]),
    "caribbean": frozenset(_CARIBBEAN),
    "baltic": frozenset(["Estonia", "Latvia", "Lithuania"]),
    "nordic": frozenset(["Norway", "Sweden", "Denmark", "Finland", "Iceland"]),
    "scandinavian": frozenset(["Norway", "Sweden", "Denmark"]),
    "balkan": frozenset(["Serbia", "Croatia", "Bosnia and Herzegovina", "Montenegro", "North Macedonia", "Albania",
                         "Bulgaria"]),
    "central asian": frozenset(["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]),
    "himalayan": frozenset(["Nepal", "Bhutan"]),
    "southeast asian": frozenset(_SOUTHEAST_ASIAN), "south east asian": frozenset(_SOUTHEAST_ASIAN),
    "central american": frozenset(_CENTRAL_AMERICAN),
    "south american": frozenset(_SOUTH_AMERICAN),
    "latin american": frozenset([*_CENTRAL_AMERICAN, *_SOUTH_AMERICAN, "Mexico", "Cuba", "Dominican Republic"]),
    "west african": frozenset(_WEST_AFRICAN),
    "east african": frozenset(_EAST_AFRICAN),
    "north african": frozenset(["Egypt", "Libya", "Tunisia", "Algeria", "Morocco"]),
    "southern african": frozenset(["South Africa", "Namibia", "Botswana", "Zimbabwe", "Zambia", "Mozambique", "Malawi",
                                   "Lesotho", "Eswatini", "Angola"]),
    "indian ocean": frozenset(["Maldives", "Mauritius", "Seychelles", "Madagascar", "Comoros", "Sri Lanka"]),
    "caucasus": frozenset(["Georgia", "Armenia", "Azerbaijan"]),
    "south caucasus": frozenset(["Georgia", "Armenia", "Azerbaijan"]),
    "alpine": frozenset(["Switzerland", "Austria", "Liechtenstein"]),
}
_REGION = "|".join(sorted((r.replace(" ", r"[\s-]+") for r in REGIONS), key=len, reverse=True))
#: Words between "the" and the region that keep it one state ("the tiny Pacific nation", "the oil-rich
#: Gulf state", "the impoverished Caribbean nation").
_MODIFIER = r"(?:tiny|small|impoverished|poor|remote|low-lying|landlocked|mountainous|war-torn|[\w]+-rich|wealthy)"
_TOLD = re.compile(r"\b[Tt]he\s+(?:" + _MODIFIER + r"\s+){0,2}(" + _REGION + r")\s+(?:island\s+|archipelago\s+)?"
                   r"(?:nation|country|state|republic|archipelago|microstate)\b", re.I)
_CHEAP = re.compile(r"(?:nation|country|state|republic|archipelago)\b")


@text_cache()
def _regions_told(text: str) -> tuple[tuple[str, int, int], ...]:
    """(region, start, end) of each state a claim tells by its region ("the Pacific nation")."""
    if _CHEAP.search(text) is None:
        return ()
    return tuple((re.sub(r"[\s-]+", " ", m.group(1).lower()), m.start(), m.end()) for m in _TOLD.finditer(text))


@text_cache()
def _states_named(text: str) -> frozenset[str]:
    """The countries a claim names, or names by their capital for their government ("Washington")."""
    return frozenset({c for c, _ in countries_named(text)} | {c for city, c in CAPITALS.items()
                                                              if city in text and re.search(rf"\b{city}\b", text)})


def _told_and_named(one: str, other: str) -> Found | None:
    """One claim's only state told by its region and the one country the other names more (naming
    every country the first names), or None."""
    told = _regions_told(one)
    if len(told) != 1 or _regions_told(other):
        return None
    mine = _states_named(one)
    more = {c: written for c, written in countries_named(other) if c not in mine}
    if len(more) != 1 or mine - _states_named(other):
        return None
    return told[0], next(iter(more.items()))


def country_by_region(a: str, b: str) -> tuple[str, str, str] | None:
    """(`a`, `b` with one claim's state told by its region written as the other names it, what fired), or None."""
    if not _regions_told(a) and not _regions_told(b):
        return None
    # ("the" dropped with the region: no word the tokens keep)
    return written_as_named((a, b), _told_and_named, REGIONS,
                            lambda one, found: f"{one[found[0][1]:found[0][2]]} = {found[1][1]}")


def regions_apart(a: str, b: str) -> str | None:
    """'another state: Vietnam / the Pacific nation' when one claim tells a state by a region and the
    country the other names more is of another region of `REGIONS` only: two states, two facts. A
    country of no region listed ("New Zealand" / "the Pacific nation") is left to the words."""
    if not _regions_told(a) and not _regions_told(b):
        return None
    for one, other in ((a, b), (b, a)):
        if (found := _told_and_named(one, other)) is not None and found[1][0] not in REGIONS[found[0][0]] \
                and any(found[1][0] in states for states in REGIONS.values()):
            return f"another state: {found[1][1]} / {one[found[0][1]:found[0][2]]}"
    return None
