"""Whether two place names can name one place, or one lie in the other: then two claims naming
them are no "different places" (`places_differ` asks `may_contain`); and the places a claim names
(`places`, `one_place`), read once per claim for matching.

A facility lies in some town ("Sullivan County Jail" / "New York"); a large region in its
country ("Texas" / "United States", ISO 3166-2 subdivisions from pycountry), a capital in its
country; a people's name read as a place is its country ("in Afghan bomb blast" / "in Afghanistan"). A town and a country stay
different places: no gazetteer of towns is at hand to tell "Mannheim" (in Germany) from "Belfast"
(not in Tunisia).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz import fuzz

from workbench.core.figures.dates import MONTHS
from workbench.core.figures.shouting import unshout, untitle
from workbench.core.language.actors import (
    CAPITAL_PLACES,
    DEMONYMS,
    GOVERNMENT_WORDS,
    capital_city_of,
    organisation_names,
)
from workbench.core.language.alternation import trie
from workbench.core.language.countries import country_short_names, iso3166
from workbench.core.language.kinds import DONE_BY_KINDS, kind_ancestors, kind_words
from workbench.core.language.place_names_table import PLACE_ALIASES, REGION_SEATS, place_alias
from workbench.core.language.slips import is_slip, mistyped
from workbench.core.language.stems import fold
from workbench.core.match.knowledge import CAPITALS, NOT_NAMES, country_names
from workbench.core.match.normalize import skeleton
from workbench.core.text_caches import text_cache

#: Last words of a facility's name ("Sullivan County Jail", "Government House"): a facility lies
#: in some town or region, which another claim may name instead ("held in New York state"), so a
#: facility and a place that is none are never "different places".
FACILITY_WORDS = frozenset(
    ["jail", "prison", "penitentiary", "hospital", "clinic", "center", "centre", "house", "court", "courthouse",
     "airport", "stadium", "arena", "school", "university", "college", "hotel", "church", "cathedral", "mosque",
     "temple", "synagogue", "station", "base", "barracks", "embassy", "consulate", "palace", "museum", "mall",
     "building", "tower", "headquarters", "office", "offices", "plant", "factory", "mine", "port", "harbor",
     "harbour", "bridge", "square", "street", "avenue", "road", "bank", "branch", "store", "supermarket", "shop",
     "restaurant", "park", "unit", "academy"])


def is_facility(place: str) -> bool:
    """Whether a place name names a facility: its last word is a facility word, or one before "of"
    ("National University of Engineering", "Palace of Justice")."""
    words = place.lower().split()  # (a capital is a town, whatever its words: "Port of Spain"; helper not135)
    return bool(words) and place not in CAPITALS and (words[-1] in FACILITY_WORDS
                            or any(w in FACILITY_WORDS and n == "of" for w, n in zip(words, words[1:], strict=False)))


#: A named institution or facility after a preposition and "the" ("at the National University of
#: Engineering in Lima", "outside the Evin Prison", "at the Al-Shifa Hospital"): two or more
#: capitalised words, one of them a word that names a facility, joined by "of", "for" or "and".
#: Not a bank's, a house's or an office's name: they name bodies as often ("the World Bank").
_INSTITUTION_WORDS = ("University", "College", "Academy", "Institute", "School", "Hospital", "Clinic", "Prison", "Jail",
                      "Penitentiary", "Airport", "Stadium", "Cathedral", "Church", "Mosque", "Temple", "Synagogue",
                      "Palace", "Museum", "Hotel", "Market", "Station", "Barracks", "Embassy", "Consulate", "Mall",
                      "Bridge", "Refinery", "Courthouse")
_NAMED_WORD = r"[A-Z][\w'\u2019-]*"
_INSTITUTION_RE = re.compile(
    rf"\b(?:in|at|near|outside|inside|into|to|from)\s+the\s+((?:{_NAMED_WORD}\s+)*(?:{'|'.join(_INSTITUTION_WORDS)})"
    rf"(?:\s+(?:of|for|and)\s+(?:the\s+)?{_NAMED_WORD}(?:\s+{_NAMED_WORD})*)?)(?![\w'\u2019-])")


def _institution(m: re.Match[str]) -> bool:
    """Whether an `_INSTITUTION_RE` match names one (two words or more, not one's possessive)."""
    return len(m.group(1).split()) >= 2


#: ISO 3166-2 subdivision types whose names news uses alone for a large region ("Texas",
#: "Somerset"); narrower or ambiguous types (provinces, districts) are left out.
REGION_TYPES = frozenset(["State", "Two-tier county"])


@lru_cache(maxsize=1)
def region_country() -> dict[str, str]:
    """{large region as written: its country's short name} ("Texas": "United States")."""
    out: dict[str, str] = {}
    pycountry = iso3166()
    for sub in pycountry.subdivisions if pycountry is not None else ():
        if sub.type in REGION_TYPES and sub.name not in CAPITALS:
            country = pycountry.countries.get(alpha_2=sub.country_code)
            if country is not None:
                out[sub.name] = getattr(country, "common_name", None) or country.name.split(",")[0]
    return out


def country_of(name: str) -> str | None:
    """The country a name names (any alias), or None."""
    names = country_names()
    if name in names:
        return names[name]
    return name if name in set(names.values()) or name in country_short_names() else None


#: How a people's name and its country's name end after the stem they share ("Syria-n" /
#: "Syria", "Leban-ese" / "Leban-on", "Afghan" / "Afghan-istan", "Mexic-an" / "Mexic-o").
_DEMONYM_ENDINGS = frozenset(["", "n", "an", "ian", "ese", "lese", "i", "ish", "ic", "ean"])
_COUNTRY_ENDINGS = frozenset(["", "a", "ia", "istan", "on", "y", "e", "ey", "en", "o", "land"])


def _demonym_of(word: str, country: str) -> bool:
    """'Afghan' / 'Afghanistan', 'Syrian' / 'Syria', 'Lebanese' / 'Lebanon': a people's name read
    as a place ("killed in Afghan bomb blast") is its country. The two must differ only in such
    endings after a stem of 4+ letters ("Australian" is not "Austria"'s), or `DEMONYMS` pairs them."""
    if word in DEMONYMS.get(country_of(country) or "", ()):
        return True  # no stem shared: "Dutch" / "Netherlands", "British" / "UK" (helper conf145)
    if " " in word or " " in country or word in region_country():
        return False  # "Indiana" is a state, not India's people
    w, c = word.lower(), country.lower()
    k = 0
    while k < min(len(w), len(c)) and w[k] == c[k]:
        k += 1
    return k >= 4 and w[k:] in _DEMONYM_ENDINGS and c[k:] in _COUNTRY_ENDINGS


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Each word of 4 letters or more of the countries' names, lower case ("congo", "haiti")."""
    names = set(country_names()) | set(country_names().values()) | set(country_short_names())
    return frozenset(w for name in names for w in name.lower().replace(",", " ").split() if len(w) >= 4)


#: Words of a country's long name telling its form of state, no people ("Federal authorities",
#: "Central Bank officials"; "Federal Republic of Germany", "Central African Republic").
_STATE_FORMS = frozenset(["federal", "federated", "central", "democratic", "islamic", "republic", "united",
                          "kingdom", "socialist", "plurinational", "independent"])


@lru_cache(maxsize=4096)
def is_people_name(word: str) -> bool:
    """Whether a capitalised word is a known country's people or the country ("Haitian",
    "Congolese", "Afghan", "Haiti"), by the endings `_demonym_of` allows."""
    if not word[:1].isupper() or word.lower() in _STATE_FORMS:
        return False
    return any(_demonym_of(word, country) for country in _country_words())


#: Arabic article prefixes written before a place name, joined by a hyphen or a space ("al-Bayda",
#: "Al Bayda", "el-Beida", "Az Zawiyah", "ad-Dawr"): not part of the name, dropped by some outlets.
_ARTICLE = re.compile(r"^(?:al|el|ez|az|ad|as|ar|an|ash|at|adh)[-\s]+(?=\w)", re.I)
#: the same joined to a word inside a name ("Wadi al-Kabir" / "Wadi Kabir", "Deir ez-Zor"; folded)
_INNER_ARTICLE = re.compile(r"\b(?:al|el|ez|az|ad|as|ar|an|ash)-")
#: Letters transliterations of one name disagree on ("Kharkiv" / "Kharkov", "Tobruk" / "Tubruq"):
#: vowels, y, w, h, doubled letters, q for k and z for s.
_SOFT = re.compile(r"[aeiouyhw]")


@lru_cache(maxsize=50_000)
def _spelling(name: str) -> tuple[str, str]:
    """A place name's letters without an article prefix, doubled letters or a final "h" after a
    vowel ("Az Zawiyah" -> "zawiya"), and its consonant key (first letter kept)."""
    bare = _ARTICLE.sub("", fold(name.strip()))
    letters = re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", bare))
    letters = re.sub(r"(?<=[aeiou])h$", "", letters)
    rest = _SOFT.sub("", letters[1:].replace("q", "k").replace("z", "s"))
    return letters, letters[:1] + re.sub(r"(.)\1+", r"\1", rest)


def same_name(x: str, y: str) -> bool:
    """Two spellings of one place: with or without an article prefix, a doubled letter or a final
    "h" ("Al Bayda" / "al-Bayda", "Az Zawiyah" / "Zawiya", "Sanaa" / "Sana"), or with other vowels
    when three consonants or more agree ("Misrata" / "Misurata", "Tobruk" / "Tubruq"). Short names
    that differ in a vowel stay apart ("Gaza" / "Giza")."""
    (lx, kx), (ly, ky) = _spelling(x), _spelling(y)
    return bool(lx) and (lx == ly or (len(kx) >= 4 and kx == ky))


@lru_cache(maxsize=50_000)
def may_contain(x: str, y: str) -> bool:
    """Whether two place names may name one place or one may lie in the other, so they are no
    "different places": a facility and a town or region ("Sullivan County Jail" / "New York"), a
    large region and its country ("Texas" / "United States"), a country and its people's name
    ("Afghanistan" / "Afghan"). A town and a country stay different places: without a gazetteer of
    towns nothing tells "Mannheim" (in Germany) from "Belfast" (not in Tunisia)."""
    if is_facility(x) != is_facility(y) or same_name(x, y) or _seat_of(x, y) or _seat_of(y, x):
        return True
    cx, cy = country_of(x), country_of(y)
    if cx is not None and cy is None:
        return region_country().get(y) == cx or _demonym_of(y, x) or _capital_of(y) == cx
    if cy is not None and cx is None:
        return region_country().get(x) == cy or _demonym_of(x, y) or _capital_of(x) == cy
    return _in_capitals_country(x, y) or _in_capitals_country(y, x)


def _in_capitals_country(city: str, place: str) -> bool:
    """A capital and its country named by a part of its name ("Port of Spain" / "Trinidad"; helper not135)."""
    return (country := _capital_of(city)) is not None and place_words(place) <= place_words(country)


def _seat_of(city: str, region: str) -> bool:
    """Whether `city` is the seat of `region`'s government (`place_names_table.REGION_SEATS`:
    "Tiraspol" / "Transnistria"), the region in any of its forms ("Karabakh", "Iraqi Kurdistan")."""
    seat = REGION_SEATS.get(place_alias(city))
    return seat is not None and _same_place(seat, region)


def _capital_of(city: str) -> str | None:
    """The country whose capital a city is ("Port-au-Prince": Haiti): it lies in it ("landed in
    Port-au-Prince" / "arrived in Haiti"; helper paraphrase)."""
    country = CAPITALS.get(city) or CAPITAL_PLACES.get(city)
    return None if country is None else country_of(country)


# -- the places a claim names -------------------------------------------------------------------

#: a place after a locative or a motion preposition ("in Hama", "across Sylhet", "fled from Douma", "back to Aden";
#: not "according to Reuters"), its words joined by a lower-case particle as French, Spanish and
#: Portuguese names are when written without hyphens ("Croix des Bouquets", "Rio de Janeiro"), or by "of"
#: ("Port of Spain", "Bay of Plenty": a facility's "X of Y" takes "the", never read here; helper not135)
_PLACE_RE = re.compile(r"(?:\b(?:in|at|near|outside|around|on(?=\s+the\s+outskirts\s+of\b)|(?<=[a-z]{3} )(?<!called )(?<!broke )(?<!fended )(?<!warded )(?<!kicked )(?<!paid )(?<!laid )(?<!shrugged )off(?=\s+(?:the\s+)?[A-Z]|\s+the\s+(?:[\w-]+\s+){0,2}?(?:coast|shores?|island)\s+of\b)|across|throughout|(?<![Tt]ranslation )(?<![Tt]ranslated )from|into|towards?|(?<![Aa]ccording )(?<![Dd]ue )(?<![Tt]hanks )(?<![Oo]wing )(?<![Pp]rior )(?<![Ll]oyal )(?<![Aa]llied )(?<![Ll]inked )(?<![Aa]ffiliated )(?<![Bb]elonging )(?<![Ff]aithful )(?<![Aa]ttributed )to)|(?:^|(?<=[.!?]\s)|(?<=[\"\u201c]))(?:In|At))\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?i:city|town|village|province|district|region|capital|port|county|state|area|enclave|camp|suburb|outskirts|municipality|island|coast|shores?|streets?)\s+of\s+"
                       # "in parts of Harare", "across much of Lagos", "in some areas of Dhaka": a part of the place
                       r"|(?:(?:large|other|some|many|most|several)\s+)?(?:parts?|areas|swathes|much|most)\s+of\s+(?:the\s+)?)?"
                       r"(?:the\s+(?=(?:[A-Z][\w'-]*\s+){1,3}(?:area|region|district|neighbou?rhood|suburb|valley)\b))?"
                       r"((?:(?:al|el|ad|as|ar|an|ash)-|(?:al|el)\s+(?=[A-Z]))?[A-Z][\w'-]*"
                       r"(?:\s+(?:(?:de|des|du|la|le|au|aux|del|da|dos|das|di|sur|upon|en|of)\s+(?=[A-Z]))?"
                       r"(?:(?:al|el|ez|az|ad|as|ar|an|ash)-)?[A-Z][\w'-]*)*)")


#: A facility word right after a name ("Turi jail", "Evin prison"): the name is the facility's.
_FACILITY_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(FACILITY_WORDS)) + r")\b")


@lru_cache(maxsize=1)
def attack_after() -> re.Pattern[str]:
    """The words of the kinds of attack (`language.kinds.DONE_BY_KINDS`: "strikes", "air raids",
    "rocket fire") right after a name."""
    ups = kind_ancestors()
    words = {w.lower() for k, ws in kind_words().items() if DONE_BY_KINDS & {k, *ups[k]} for w in ws}
    return re.compile(r"\s+(?:" + trie(sorted(words)) + r")\b", re.I)


@lru_cache(maxsize=1)
def _storm_name() -> re.Pattern[str]:
    """A storm named with its kind before the name ("Tropical Storm Sara", "Hurricane Melissa", "Cyclone
    Freddy", "Storm Boris"; `language.kinds` storms): no place, though read after "from" or "in"."""
    ups = kind_ancestors()
    words = {w.lower() for k, ws in kind_words().items() if "<storms>" in ups[k] for w in ws} | {"storm"}
    return re.compile(r"(?i:" + trie(sorted(words)) + r")\s+[A-Z]")


#: A country owning what a state acts through ("handed over to Chad's army", "from Russia's defence
#: ministry"): the owner is no place (`actors.GOVERNMENT_WORDS`).
_OWNS_GOVERNMENT = re.compile(r"\s+(?:[a-z]+\s+)?(?:" + "|".join(GOVERNMENT_WORDS) + r")\b")
#: Between a facility's name and the town it lies in ("at El Porvenir prison in La Ceiba"): its word.
_FACILITY_IN = re.compile(r"(?:\s+(?:" + "|".join(sorted(FACILITY_WORDS)) + r"))?\s+(?=(?:in|near)\b)")


def _attacker(name: str, text: str, end: int) -> bool:
    """A people's name before a kind of attack names who attacked, not where ("killed in Israeli
    strikes", "in Russian drone attacks"); "in Afghan bomb blast" stays the country (helper pairsdup2)."""
    return attack_after().match(text, end) is not None and is_people_name(name) and country_of(name) is None


#: The prepositions a place is read after (`_PLACE_RE`'s, without the guarded "to" and "from").
LOCATIVE = r"\b(?:in|at|near|outside|around|across|throughout|into|towards?|off)\s+"
#: A compass part of a country or region ("southern Lebanon", "north-east Nigeria", "the southern Red Sea"):
#: read with the place, so that "southern Lebanon" is in "Lebanon" and not "northern Israel".
_COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)"
#: Waters news writes after "the" ("in the Red Sea", "the Gulf of Aden", "the Strait of Hormuz", "the
#: Black Sea"): a sea is none of the towns on its shores, nor another sea. Land regions after "the" ("the
#: Donbas", "the Gaza Strip") are left out: towns lie in them, and no gazetteer tells which.
WATER_WORDS = ("Sea", "Ocean", "Gulf", "Strait", "Straits", "Bay", "Channel", "Canal")
_PLACE_WORD = r"[A-Z][\w'-]*"
_WATERS_RE = re.compile(rf"{LOCATIVE}(?:the\s+)?(?:({_COMPASS})\s+)?"
                        rf"((?:{'|'.join(WATER_WORDS)})\s+of\s+(?:the\s+)?{_PLACE_WORD}(?:\s+{_PLACE_WORD})?"
                        rf"|(?:{_PLACE_WORD}\s+){{1,2}}(?:{'|'.join(WATER_WORDS)}))\b")
_COMPASS_RE = re.compile(rf"{LOCATIVE}(?:the\s+)?({_COMPASS})\s+({_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}})")


#: A place taken, entered, visited or fled, as the verb's object ("seized the town of Kobo", "took over
#: Woldia", "visited the Tindouf camps", "visited Laayoune", "fled Nduga" as "fled from Nduga"): no
#: preposition precedes it.
_TAKEN_RE = re.compile(r"\b(?:captured|recaptured|seized|retook|overran|entered|visited|fled|evacuated|abandoned"
                       r"|took\s+over|taken\s+over"
                       r"|took\s+control\s+of|taken\s+control\s+of)\s+(?:the\s+(?:[a-z-]+\s+){0,2}?"
                       r"(?:city|town|village|camp|port|district|province|region|capital)\s+of\s+|the\s+(?=\S+\s+camps?\b))?"
                       rf"({_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}})")


#: A place passed through on the way ("blocked the main road through Kutaisi", "sailed via Djibouti").
_ROUTE_RE = re.compile(rf"\b(?:through|via)\s+({_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}})")


def taken_places(text: str) -> list[str]:
    """The places `_TAKEN_RE` and `_ROUTE_RE` read, without a known organisation, a title or a month ("seized
    Hezbollah's depot", "visited President ..."): a person visited or captured is read as a name all
    the same, and two of them are two facts too."""
    out = []
    for m in (*_TAKEN_RE.finditer(text), *_ROUTE_RE.finditer(text)):
        name = re.sub(r"['\u2019]s$", "", m.group(1))
        if fold(name.split()[0]) not in NOT_NAMES and name not in organisation_names() and not is_acronym(name):
            out.append(name)
    return out


def compass_and_waters(text: str, known: Callable[[str], bool] | None = None) -> list[str]:
    """Waters and compass parts of places (`_WATERS_RE`, `_COMPASS_RE`), as "Southern Red Sea",
    "Gulf of Aden", "Northern Israel"; a compass part of no known country or region (or, with
    `known`, of no place it knows: "northern Manitoba", a province) is not read ("in central
    Bamako": a town's part)."""
    out = []
    for m in _WATERS_RE.finditer(text):
        out.append(f"{m.group(1).capitalize()} {m.group(2)}" if m.group(1) else m.group(2))
    for m in _COMPASS_RE.finditer(text):
        name = m.group(2)
        if any(w in WATER_WORDS for w in name.split()):
            continue  # read above
        if country_of(name) is not None or name in region_country() or known is not None and known(name):
            out.append(f"{m.group(1).capitalize()} {name}")
    return out


#: (An article before the name: "al-Fashir", and "al Fashir", "el Fasher" with a space, only "al"
#: and "el": "in an Israeli strike" is no place; helper precision20k.)
#: "to" names a place ("fled to Tobruk"), not after words that take a person, group or time ("forces
#: loyal to Gaddafi", "linked to Hamas", "owing to", "prior to Christmas"): the lookbehinds above.

#: another name of a place in brackets right after it ("in Islamabad (Anantnag)", "in Chattogram
#: (Chittagong)", "in Kidal (Mali)"): the place named, or the one it lies in, either way no other place
_GLOSS = re.compile(r"\s*\(([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\)")

#: more places listed after the first ("in Hama and Idlib", "in A, B and C"; not "in Hama, Syria")
_PLACE_LIST = re.compile(r"(?:(?:,\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)*,?\s+(?:and|or)\s+)([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")


#: letters transliterations of one Arabic or Persian sound write apart: "kh" / "k" / "q"
#: ("Khartum", "Raqqa" / "Rakka"), "j" / "g" ("Al-Junaynah" / "El Geneina", as Egypt and Sudan say it)
#: ("Tchad" / "Chad", "Tchetchenie": French and German write the English "ch" "tch", "tsch")
_SOUNDS = (("tsch", "ch"), ("tch", "ch"), ("kh", "k"), ("ck", "k"), ("q", "k"), ("j", "g"))
#: a "c" before a, o or u is the "k" of another spelling ("Merca" / "Marka", "Candahar" / "Kandahar";
#: helper gen9)
_HARD_C = re.compile(r"c(?=[aou])")


@lru_cache(maxsize=100_000)
def _place_key(name: str) -> str:
    """A place name's consonant skeleton without article prefixes, for transliterations
    ("Deir ez-Zor" / "Dayr az-Zawr", "Raqqa" / "al-Raqqah", "Al Bayda" / "el-Beida", "Hims" /
    "Homs", "Al-Ubayyid" / "El Obeid", "Umm Durman" / "Omdurman"): an opening "h" is kept, an
    opening vowel is any vowel."""
    folded = _INNER_ARTICLE.sub("", _ARTICLE.sub("", fold(name)))
    letters = re.sub(r"[^a-z]", "", folded)
    for written, sound in _SOUNDS:
        letters = letters.replace(written, sound)
    letters = _HARD_C.sub("k", letters)
    if not letters:
        return ""
    first = "a" if letters[0] in "aeiouy" else letters[0]
    return skeleton(first + letters[1:].replace("w", "").replace("h", ""))


#: a place described after a possessive owner ("Greece's second city", "Afghanistan's southern
#: province of Helmand"): the owner is not the claim's place ("Senegal's presidential election" is)
DESCRIBED_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:city|town|village|province|district|region|capital"
                              r"|port|county|state|enclave)\b")


#: A capital named by its country, with or without its own name in apposition ("in the Libyan
#: capital", "in Libya's capital", "in the capital Tripoli", "in the capital, Tripoli"): "the capital
#: of X" is `_PLACE_RE`'s. Read as the capital's name, so that it and "in Tripoli" are one place and
#: "in Darna" another (helper gen8). An owner of two words too ("in New Caledonia's capital"; helper dup131).
_CAPITAL_RE = re.compile(r"\b(?:in|at|near|outside|around|into|from|to)\s+(?:the\s+(?:([A-Z][\w-]+)\s+)?|((?:[A-Z][\w-]+\s+)?[A-Z][\w-]+)['\u2019]s\s+)"
                         r"capital\b(?!\s+of\b)(?:,?\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?))?")
_MONTH_NAME = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
#: A ledger's or a live blog's dateline opening the text: a place and the day, then a colon
#: ("Zawiya (21 April): ...", "Tarhuna, April 14: ..."). The place is the entry's place; a wire
#: dateline before "(Reuters) -" is where the report was filed and is not read.
_DATELINE_PLACE = re.compile(rf"^([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}}?)\s*(?:\(|,\s+)"
                             rf"(?:\d{{1,2}}\s+(?:{_MONTH_NAME})\.?|(?:{_MONTH_NAME})\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?\)?\s*:")


#: A title ending in a word that takes its country or city with "in" ("the UN Support Mission in
#: Libya", "the Special Envoy in Yemen", "the Country Office in Sudan"): the body's name, not the
#: place of what a claim tells (helper gen8).
_TITLE_BEFORE = re.compile(r"\b(?:Mission|Office|Commission|Committee|Council|Envoy|Representative|Coordinator)"
                           r"\s+$")


def is_acronym(name: str) -> bool:
    """An organisation's acronym after a preposition ("according to UNSMIL", "reported to OCHA"):
    no place, unless a country's ("in the US", "to the UAE")."""
    return " " not in name and len(name) >= 3 and name.isupper() and country_of(name) is None


#: What follows a capital's name in apposition ("the capital, Tripoli, on Monday"), unlike a
#: source after a comma ("in the Libyan capital, Reuters reported").
_APPOSED_END = re.compile(r"\s*(?:[,.;:)]|$|(?:on|in|at|near|where|when)\b)")


def _named_capitals(text: str) -> list[str]:
    """The capitals `_CAPITAL_RE` finds: the name given in apposition, else the capital of the
    country named ("the Libyan capital" -> "Tripoli"); a capital of no known country is not read."""
    out = []
    for m in _CAPITAL_RE.finditer(text):
        if m.group(3) and fold(m.group(3).split()[0]) not in NOT_NAMES and not is_acronym(m.group(3)) \
                and _APPOSED_END.match(text, m.end()):
            out.append(m.group(3))
        elif (owner := m.group(1) or m.group(2)) and owner in capital_city_of():
            out.append(capital_city_of()[owner])
    return out


@text_cache()
def places(text: str) -> tuple[str, ...]:
    """Capitalised names after a locative preposition ("in Hama", "near Deir ez-Zor", "In Hama, ..."
    opening a sentence, "in the city of Hama", "in the southern port city of Kismayo", a headline
    in capitals' "IN KANDAHAR"; not a headline's "Sleep In Tents"), without a
    possessive owner ("in Washington's Georgetown" -> Georgetown, "in Hawaii's" -> Hawaii) or a
    trailing month, day or title ("in Moscow Tuesday" -> Moscow)."""
    text = untitle(unshout(text))  # "IN KANDAHAR", "in and Around Kupwara": a headline read in ordinary case
    out = _named_capitals(text) if "capital" in text else []
    if (d := _DATELINE_PLACE.match(text)) and fold(d.group(1).split()[0]) not in NOT_NAMES:
        out.append(d.group(1))
    last_end = -1
    found = [*_PLACE_RE.finditer(text), *(m for m in _INSTITUTION_RE.finditer(text) if _institution(m))]
    for m in sorted(found, key=lambda m: m.start()) if len(found) > 1 else found:
        if _TITLE_BEFORE.search(text, max(0, m.start() - 16), m.start()) or is_acronym(m.group(1)) \
                or m.group(1) in organisation_names():
            continue  # "the UN Support Mission in Libya reported", "according to UNSMIL", "fell to al-Shabaab": no place
        words = m.group(1).split()
        if words[-1].endswith(("'s", "\u2019s")) and (DESCRIBED_AFTER.match(text, m.end())
                                                     or _OWNS_GOVERNMENT.match(text, m.end())):
            continue  # "to Greece's second city, Thessaloniki", "to Chad's army": the owner of what is named
        if _storm_name().match(m.group(1)):
            continue  # "Flooding from Tropical Storm Sara": a storm, no place
        for k, w in enumerate(words[:-1]):
            if w.endswith(("'s", "\u2019s")):
                # "at Cuenca's Turi jail": the owner of a facility is the place (the facility lies in it)
                words = words[:k + 1] if _FACILITY_AFTER.match(text, m.end()) else words[k + 1:]
                break
        words = [re.sub(r"['\u2019]s$", "", w) for w in words]
        while words and fold(words[-1]) in NOT_NAMES and not (len(words) > 1 and words[-2].islower()):
            words.pop()  # "in Moscow Tuesday"; not "Port au Prince"
        name = " ".join(words)
        if len(name) >= 3 and fold(words[0]) not in NOT_NAMES and not _attacker(name, text, m.end()):
            whole = len(words) == len(m.group(1).split())
            if out and last_end >= 0 and (j := _FACILITY_IN.match(text, last_end)) and j.end() == m.start():
                # "in Georgetown in Washington", "at El Porvenir prison in La Ceiba": a place and the one it lies in
                out[-1] = f"{out[-1]} ({name})"
            elif (gloss := _GLOSS.match(text, m.end())) and whole:
                out.append(f"{name} ({gloss.group(1)})")
            else:
                out.append(name)
            last_end = m.end() if whole else -1
            listed = _PLACE_LIST.match(text, m.end())
            if listed:  # "in Los Angeles, Orange and San Diego counties": several places
                out.append(listed.group(1))
    return tuple(out)


@lru_cache(maxsize=50_000)
def _place_forms(name: str) -> tuple[str, frozenset[str]]:
    return _place_key(name), frozenset(fold(name).split())


def _same_place(x: str, y: str) -> bool:
    """One place in two spellings ("Deir ez-Zor" / "Dayr az-Zawr") or two names (`place_names_table`:
    "Chittagong" / "Chattogram"), a short and a long form
    ("Kennedy Airport" / "Kennedy International Airport"), or a capital and its country."""
    if x == y or place_alias(x) == place_alias(y):  # "Chittagong" / "Chattogram", "Genoa" / "Genova"
        return True
    (kx, wx), (ky, wy) = _place_forms(x), _place_forms(y)
    if kx == ky or wx <= wy or wy <= wx or CAPITALS.get(x) == y or CAPITALS.get(y) == x:
        return True
    # a letter apart in a skeleton of four or more ("Kaduqli" / "Kadugli", "Ilib" / "Idlib"); shorter ones are other
    # places ("Homs" / "Hama"), and so are names one letter longer at their start ("Nagpur" / "Jaipur": "ngpr" /
    # "gpr"); a transliteration may write the first sound another way ("Mykolaiv" / "Nikolaev": "mklv" / "nklv")
    return (max(len(kx), len(ky)) >= 4 and (kx[:1] == ky[:1] or len(kx) == len(ky)) and fuzz.ratio(kx, ky) >= 75
            or _mistyped_name(x, y) or _slip_of_a_spelling(x, y) or _slip_of_a_spelling(y, x))


#: the shortest place name a typing slip is read in: shorter names a slip turns into other places
_SLIP_MIN_LETTERS = 5


@lru_cache(maxsize=1)
def _alias_forms() -> dict[str, str]:
    """{every name of `PLACE_ALIASES`, folded: the table's first name}."""
    return {fold(n).replace(" ", ""): place_alias(n) for group in PLACE_ALIASES for n in group}


def _slip_of_a_spelling(x: str, y: str) -> bool:
    """`x` is a typing slip of another spelling of `y`: of a name of its table row ("Chisiamio" /
    "Kismayo": "Chisimaio" with two letters swapped), or, two neighbouring letters swapped back, a
    spelling with `y`'s skeleton ("Agfoi" / "Afgooye": "Afgoi"). Names of five letters or more."""
    fx = fold(x).replace(" ", "")
    if len(fx) < _SLIP_MIN_LETTERS or not fx.isalpha():
        return False
    meant = mistyped(fx, _alias_forms())
    if meant is not None and meant == place_alias(y):
        return True
    ky = _place_key(y)
    return len(ky) >= 3 and any(_place_key(fx[:i] + fx[i + 1] + fx[i] + fx[i + 2:]) == ky for i in range(1, len(fx) - 1))


def _mistyped_name(x: str, y: str) -> bool:
    """One name with a typing slip (`language.slips.is_slip`: two neighbouring letters swapped, a
    letter dropped or doubled; "Naiobi" / "Nairobi", "Le Have" / "Le Havre", "Gneova" / "Genova"),
    in names of five letters or more with the same first letter. A letter replaced is no slip:
    it names other places ("Palma" / "Parma", "Gambia" / "Zambia")."""
    fx, fy = fold(x).replace(" ", ""), fold(y).replace(" ", "")
    return min(len(fx), len(fy)) >= _SLIP_MIN_LETTERS and fx[0] == fy[0] and (is_slip(fx, fy) or is_slip(fy, fx))


@text_cache()
def one_place(text: str) -> str | None:
    """The claim's place when it names exactly one (read once per claim)."""
    found = places(text)
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=100_000)
def places_differ(pa: str | None, pb: str | None) -> str | None:
    """'different places: Hama / Idlib' when each claim names one place and the two are not the
    same place in any spelling or form: another place in the same statement is another fact. A
    place glossed in brackets ("Islamabad (Anantnag)") is either name. Cached: one story's pairs
    share few places."""
    if pa is None or pb is None:
        return None
    (fa, *_), (fb, *_) = _glossed(pa), _glossed(pb)
    if is_facility(fa) and is_facility(fb) and not (_same_place(fa, fb) or same_name(fa, fb)):
        return f"different places: {pa} / {pb}"  # two facilities in one town ("San Marcos University (Lima)")
    if any(_same_place(x, y) or may_contain(x, y) for x in _glossed(pa) for y in _glossed(pb)):
        return None  # a facility and a town, a country and a town: the one may lie in the other
    return f"different places: {pa} / {pb}"


def _glossed(place: str) -> tuple[str, ...]:
    """A place read with its bracketed gloss ("Islamabad (Anantnag)", `places`) as its two names."""
    name, _, gloss = place.partition(" (")
    return (name, gloss[:-1]) if gloss else (place,)


#: A word of a name: letters or digits ("Mirpur-10" is "mirpur" and "10", "Buea's" "buea" and "s").
_NAME_WORD = re.compile(r"[^\W_]+")
#: A capitalised word as written, with its hyphens and apostrophes ("Mirpur-10", "Buea's").
_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]*")


def names_written(text: str) -> frozenset[str]:
    """The folded words of a claim's capitalised words, wherever they stand (the first word, a
    possessive, a name before its noun: "Buea's schools", "the Mile 16 bridge"), read once per
    claim (`claim_readings`): what `named_in` looks a place up in. A name names more than its
    words (`_also_named`): "Papuan provinces" name Papua, "Indonesia's parliament" its capital."""
    words = frozenset(w for m in _CAPITALISED.finditer(text) for w in _NAME_WORD.findall(fold(m.group(0))))
    meant = _also_named()
    return words.union(*(meant[w] for w in words if w in meant),
                       (w[:-1] for w in words if len(w) > 5 and w.endswith("an")))


@lru_cache(maxsize=1)
def _also_named() -> dict[str, frozenset[str]]:
    """{a folded name word: the words of what it names too}: a people's name its country ("Congolese":
    congo), a country or its people's adjective its capital, where its government sits ("Lawmakers in
    Jakarta" / "Indonesia's parliament"; helper pairsconf5). (An adjective in -an is its place with
    the "n" dropped, "Papuan", "Syrian": `names_written`.)"""
    out: dict[str, set[str]] = {}
    for country, peoples in DEMONYMS.items():
        for people in peoples:
            out.setdefault(fold(people.lower()), set()).update(_NAME_WORD.findall(fold(country.lower())))
    for name, city in capital_city_of().items():
        if " " not in name:
            out.setdefault(fold(name.lower()), set()).update(_NAME_WORD.findall(fold(city.lower())))
    return {w: frozenset(v) for w, v in out.items()}


@lru_cache(maxsize=100_000)
def place_words(place: str) -> frozenset[str]:
    """The folded words of a place name (its bracketed gloss and its lower-case particles left out:
    "Gulf of Aden" is named by "the Gulf of Aden", whose "of" `names_written` never reads): what `named_in` looks up."""
    kept = " ".join(w for w in place.partition(" (")[0].split() if not w.islower())
    return frozenset(_NAME_WORD.findall(_INNER_ARTICLE.sub("", fold(kept))))  # "al-Kabir" is named by "Kabir"


def named_in(place: str, written: frozenset[str]) -> bool:
    """Whether a claim whose `names_written` are `written` names `place` too (all its words)."""
    words = place_words(place)
    return bool(words) and words <= written


def places_differ_unnamed(pa: str | None, pb: str | None, written_a: frozenset[str],
                          written_b: frozenset[str]) -> str | None:
    """`places_differ`, unless each claim names the other's place too, elsewhere than after its
    preposition ("reopened the bridge at Mile 16 on the Buea road" / "the Mile 16 bridge on the
    road to Buea"): two places both claims name are no other place, only read in another order.
    A place the other claim does not name at all still sets the two apart."""
    apart = places_differ(pa, pb)
    if apart and pa is not None and pb is not None and named_in(pa, written_b) and named_in(pb, written_a):
        return None
    return apart
