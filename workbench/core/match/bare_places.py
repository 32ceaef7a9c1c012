"""Places named without a locative preposition, read for `places_apart` only: a retelling elsewhere
is another fact whichever way its place is written ("Gaza's health ministry said" / "the health
ministry in Rafah said", "an aid convoy reached Rutshuru" / "arrived in Gwoza").

`place_names.places` reads a place after "in", "near", "at" and the like; news names places in
other positions the grammar marks too: a known place's possessive ("Gaza's"), a name before a
facility ("the Mogadishu police academy", "the Litoral prison": see `_facility_place`), a known
place before a kind of event ("the Balochistan attack"), the object of a verb of reaching or
striking ("reached Rutshuru", "hit Quetta"), after "off" and "inside" ("off Vanuatu"), a town's
centre ("in central Nairobi"). A name there is read only when it is no organisation, people,
title, month or acronym; the positions that take groups as often as places (a possessive, a
modifier of an attack, "off") ask for a known place (a country, an ISO 3166-2 subdivision, a capital or a name of
`place_names_table`); a possessive never a country's or a capital's, which name a state acting as
often ("Israel's strikes on Iran", "Kenya's police chief"). The anchor's place (`one_place`) is
unchanged: these are read only when a claim names no place otherwise. A place opening the text
before a colon ("Khartoum: Five air strikes pound El Fasher") is where a wire report was filed: not
read (it cost the wire generator's recall).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.figures.shouting import unshout, untitle
from workbench.core.language.actors import CAPITAL_PLACES, organisation_names
from workbench.core.language.countries import iso3166
from workbench.core.language.people import TITLES
from workbench.core.language.place_names_table import PLACE_ALIASES
from workbench.core.language.stems import fold
from workbench.core.match.knowledge import CAPITALS, NOT_NAMES
from workbench.core.match.place_names import (
    DESCRIBED_AFTER,
    FACILITY_WORDS,
    LOCATIVE,
    WATER_WORDS,
    attack_after,
    compass_and_waters,
    country_of,
    is_acronym,
    is_people_name,
    places,
    places_differ,
    places_differ_unnamed,
    region_country,
    taken_places,
)

_NAME = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'-]*){0,2}"
_OWNED = r"['\u2019]s\b"
_ARTICLE = r"(?:[Tt]he|[Aa]n?)"
_NAMED = re.compile(rf"\s+({_NAME})")
#: what may follow a verb's object that is a place: an end, a preposition or a time, not a noun it
#: modifies ("hit Quetta on Monday", not "hit Hamas targets")
_OBJECT_END = (r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|near|with|after|before|during|and|or|late|early|overnight|last"
               r"|this|for|from|to|as|by|since|until|where|when|while|again|twice|amid|killing|injuring|leaving)\b)")
#: words a subdivision may be named by that open sentences as plain words ("Central", "North")
_PLAIN_WORDS = frozenset(["central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
                          "capital", "centre", "center", "coast", "upper", "lower", "plateau", "lakes", "islands",
                          "delta", "interior", "border", "federal", "national", "mountain", "mountains", "valley"])


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    """ISO 3166-2 subdivisions of every type (pycountry), plain words left out."""
    pycountry = iso3166()
    names = {sub.name for sub in pycountry.subdivisions} if pycountry is not None else set()
    return frozenset(n for n in names if n and fold(n.split()[0]) not in _PLAIN_WORDS | NOT_NAMES)


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Names of places known without a gazetteer of towns: subdivisions, capitals and the names of
    `place_names_table`."""
    names = set(CAPITALS) | set(CAPITAL_PLACES) | set(CAPITALS.values()) | {n for group in PLACE_ALIASES for n in group}
    return frozenset(n for n in names if n and fold(n.split()[0]) not in _PLAIN_WORDS | NOT_NAMES) | _subdivisions()


def _area(name: str) -> bool:
    """A country, a large region or a subdivision that is no capital: a town no table knows may lie
    in it ("an Oregon bank" / "a bank in Woodburn, Oregon")."""
    return name not in CAPITALS and name not in CAPITAL_PLACES and (
        country_of(name) is not None or name in region_country() or name in _subdivisions())


def is_known_place(name: str) -> bool:
    """A country (any alias), a large region, a subdivision, a capital or a place of the table."""
    return country_of(name) is not None or name in region_country() or name in _known_names()


def _owning_place(name: str) -> bool:
    """A known place whose possessive names where a fact is ("Gaza's health ministry", "Borno's
    governor"): not a country's or a capital's, which as often name a state doing something
    ("Israel's strikes on Iran", "Iran's missile strike on Israel", "Kabul's decision")."""
    return (country_of(name) is None and name not in CAPITALS and name not in CAPITAL_PLACES
            and (name in region_country() or name in _known_names()))


def _may_be_place(name: str) -> bool:
    """A name in a place position that is none of an organisation, a people, a title, a month or
    day, or an acronym ("hit Hezbollah", "the Israeli base", "struck President ...")."""
    if len(name) < 3:
        return False
    first = name.split()[0]
    return (fold(first) not in NOT_NAMES and first not in TITLES and not is_acronym(name)
            and name not in organisation_names() and f"{name}s" not in organisation_names()
            and not (is_people_name(first) and country_of(first) is None))


_FACILITY = r"(?:" + "|".join(sorted(FACILITY_WORDS)) + r")\b"
#: a name (or its possessive) before a facility written in lower case, the facility lying in it
#: ("the Kati base", "a Nairobi court", "the Mogadishu police academy", "Quetta's railway station")
_BEFORE_FACILITY = re.compile(rf"(?:\b{_ARTICLE}\s+({_NAME})|\b({_NAME}){_OWNED})\s+"
                              rf"(?:(?!(?:the|an?|of|to|in|on|at|and|or|from|for|with|by)\b)[a-z][\w-]*\s+)?({_FACILITY})")
#: a known place's possessive before anything ("Gaza's health ministry", "Myanmar's junta")
_POSSESSIVE = re.compile(rf"(?<![\w'-])({_NAME}){_OWNED}")
#: a known place before a kind of event ("the Balochistan attack")
_BEFORE_EVENT = re.compile(rf"\b{_ARTICLE}\s+({_NAME})(?=\s+[a-z])")
#: the object of a verb of reaching or striking ("reached Rutshuru", "hit Quetta", "rocked Herat")
_STRUCK = re.compile(rf"\b(?:reached|reaches|hit|hits|struck|strikes|shelled|bombed|pounded|rocked|battered|raided"
                     rf"|stormed|targeted)\s+({_NAME}){_OBJECT_END}")
#: a place after "off" (a known one: "off Vanuatu", "off the coast of Java") or "inside" ("inside Gaza")
_OFF = re.compile(rf"\boff\s+(?:the\s+coast\s+of\s+)?({_NAME})")
_INSIDE = re.compile(rf"\binside\s+(?:({_NAME}){_OWNED}\s+)?({_NAME})")
#: a town's centre ("in central Nairobi"): the town (a compass part of a country is `compass_and_waters`')
_CENTRAL = re.compile(rf"{LOCATIVE}(?:the\s+)?central\s+({_NAME})")


def _facility_place(text: str, m: re.Match[str]) -> str | None:
    """The place `_BEFORE_FACILITY` reads: a known place's name is the town the facility lies in
    ("the Mogadishu police academy", "a Nairobi court"); another name may be the facility's own
    ("the Litoral prison", "the Evin prison"), read as the facility ("Litoral prison"), which may lie
    in any town (`may_contain`). Not the end of a longer name ("Aung San Suu Kyi's prison
    sentence"), waters ("the Red Sea port"), an organisation, a people or a state's possessive
    ("Argentina's central bank")."""
    name = _clean(m.group(1) or m.group(2))
    before = text[:m.start()].split()
    if not _may_be_place(name) or FACILITY_WORDS & set(name.lower().split()) or name.split()[-1] in WATER_WORDS \
            or (before and before[-1][:1].isupper() and m.group(2)):
        return None
    if m.group(2) and (country_of(name) is not None or name in CAPITALS or name in CAPITAL_PLACES):
        return None
    return name if is_known_place(name) else f"{name} {m.group(3)}"


def _clean(name: str) -> str:
    """A name without a possessive ending, a trailing month or day or "-based" ("Quetta's", "Kabul
    Tuesday", "the Aden-based bank"); "" for a name joined to another word ("Iran-backed")."""
    words = [re.sub(r"['\u2019]s$", "", w) for w in name.split()]
    words[-1] = re.sub(r"-based$", "", words[-1])
    if re.search(r"-[a-z]", words[-1]):
        return ""
    while len(words) > 1 and fold(words[-1]) in NOT_NAMES:
        words.pop()
    return " ".join(words)


def bare_places(text: str) -> list[str]:
    """The places `text` names without a locative preposition (see the module's docstring)."""
    out: list[str] = []
    for m in _BEFORE_FACILITY.finditer(text):
        if (facility := _facility_place(text, m)) is not None and facility not in out:
            out.append(facility)
    for m in _POSSESSIVE.finditer(text):
        if DESCRIBED_AFTER.match(text, m.end()):
            continue  # "Pakistan's southern province": the owner of the place described
        if (inner := _NAMED.match(text, m.end())) and DESCRIBED_AFTER.match(text, inner.end()):
            out.append(inner.group(1))  # "Pakistan's Balochistan province": the place described
            continue
        if _owning_place(name := _clean(m.group(1))) and name not in out:
            out.append(name)
    for m in _BEFORE_EVENT.finditer(text):
        if attack_after().match(text, m.end()) and is_known_place(name := _clean(m.group(1))) and name not in out:
            out.append(name)
    for m in (*_STRUCK.finditer(text), *_CENTRAL.finditer(text)):
        if _may_be_place(name := _clean(m.group(1))) and name not in out:
            out.append(name)
    for m in _OFF.finditer(text):
        if is_known_place(name := _clean(m.group(1))) and name not in out:
            out.append(name)
    for m in _INSIDE.finditer(text):
        if _may_be_place(name := _clean(m.group(2))) and name not in out:
            out.append(name)
    return out


#: How a claim's one place was read (`one_wider_place`): after a preposition (`places`), as waters,
#: a compass part or a place taken or visited, or without a preposition (`bare_places`)
PREPOSED, WIDER, BARE = 0, 1, 2


@lru_cache(maxsize=100_000)
def one_wider_place(text: str) -> tuple[str, int] | None:
    """The claim's place when it names exactly one, waters, compass parts and places taken or visited
    read too (`compass_and_waters`, `taken_places`); a claim naming none of those, the places it names
    without a preposition (`bare_places`); and how it was read (`PREPOSED`, `WIDER`, `BARE`)."""
    plain = untitle(unshout(text))
    wider = compass_and_waters(plain, is_known_place) + taken_places(plain)
    found = (*places(text), *wider)
    if found:
        return (found[0], WIDER if wider else PREPOSED) if len(found) == 1 else None
    bare = bare_places(plain)
    return (bare[0], BARE) if len(bare) == 1 else None


def places_apart(a: str, b: str) -> str | None:
    """`places_differ` for claims one of which names its place as waters, a compass part, a verb's
    object or without a preposition ("in the Gulf of Aden" / "in the southern Red Sea", "seized the
    town of Kobo" / "took over Woldia", "Gaza's health ministry" / "the ministry in Rafah"). Read
    apart from `one_place`: the anchor's place (`anchor.anchor_floor`) is unchanged, so a claim naming
    the sea and one naming no place stay anchored as before (ECB+'s "pirates attacked a vessel in
    the Gulf of Aden" / "pirates tried to storm a ship")."""
    return wider_places_apart(one_wider_place(a), one_wider_place(b))


def wider_places_apart(pa: tuple[str, int] | None, pb: tuple[str, int] | None,
                       written: tuple[frozenset[str], frozenset[str]] | None = None) -> str | None:
    """`places_apart` of two claims' `one_wider_place`, read before (`claim_readings`). An area named
    without a preposition ("an Oregon bank") is no other place than a town no table knows ("in
    Woodburn, Oregon"): the town may lie in it. `written`: the claims' `names_written`, when read
    (`places_differ_unnamed`: two places each claim names are no other place)."""
    if pa is None or pb is None or not (pa[1] or pb[1]):
        return None
    (x, how_x), (y, how_y) = pa, pb
    if how_x == BARE and _area(x) and not is_known_place(y) or how_y == BARE and _area(y) and not is_known_place(x):
        return None
    return places_differ_unnamed(x, y, *written) if written else places_differ(x, y)
