"""What a figure counts: the counted noun read as stems ("1,500 employees" counts workers), kinds of
several words read as one, and when two counted nouns may count one thing (`counted_alike`).
Moved out of `figures.compare` (helper pairsdup3), which pairs and compares the figures.

Two nouns count one thing when they share a stem or a synonym group, when they name one kind
(`language.actors.KINDS`: "students" / "schoolchildren"), when one is plain "people" and the other
names any kind of people ("80 people" / "50 protesters": people is what every such noun counts), or
when news counts one thing by another's name (`COUNTED_AS`: "cut 450 jobs" counts the workers laid
off). Whether the rest of the pair is one fact is matching's to judge (`match.anchor`).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from workbench.core.figures.rules import SKIP_COUNTED
from workbench.core.language.actors import DEMONYMS, KINDS
from workbench.core.language.countries import country_short_names
from workbench.core.language.kinds import MEMBERS_OF, thing_kinds
from workbench.core.language.stems import fold, stem
from workbench.core.language.synonyms import noun_meant, same_nouns
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache

#: Pseudo-stem for any kind of people, so "500,000 people" pairs with "half a million Iraqis".
PEOPLE = "<people>"
_PEOPLE_STEMS = frozenset(stem(w) for w in [
    "people", "persons", "residents", "civilians", "inhabitants", "villagers", "citizens", "nationals",
    "refugees", "migrants", "displaced", "idps", "individuals", "locals",  # (IDPs: `language.synonyms`)
    "dead",  # "left 2,900 dead" / "2,900 people were killed" (helper probes7)
])
#: Words a letter away from a people noun (read as its typing slip) or with its stem, that count
#: places: "7 villages" is no "7 villagers" (helper probes7).
_NOT_PEOPLE = frozenset(["village", "villages", "residence", "residences", "refuge", "refuges"])
#: Head nouns that count no person, by coarse class, for the kinds `language.kinds` leaves out: a
#: count of people or deaths told with the same number as one of these is another fact ("1,210
#: cholera deaths" / "1,210 oral rehydration points"). A head noun no table knows stays pairable:
#: in the duplicates of sets 1-60, 7 of the 8 unknown nouns paired by number with a count of people
#: named people ("miners", "ex-combatants", "Central Africans"); only "points" was a thing (helper
#: pairsnot6). Not "posts" (jobs: "cut 200 posts"), "units" of police or "families".
COUNTS_NO_PEOPLE: dict[str, tuple[str, ...]] = {
    "places set up": ("points", "sites", "centres", "centers", "outlets", "kiosks", "checkpoints",
                      "roadblocks", "depots", "warehouses", "branches", "locations", "venues",
                      "classrooms", "beds", "latrines", "toilets", "wells", "boreholes", "tents", "taps"),
    "settlements": ("villages", "towns", "districts", "provinces", "counties", "municipalities"),
    "animals": ("animals", "cattle", "livestock", "cows", "goats", "sheep", "camels", "pigs", "chickens",
                "poultry", "donkeys", "horses", "elephants"),
    "supplies": ("doses", "vaccines", "kits", "parcels", "rations", "meals", "blankets", "sacks", "bags"),
}
_NATIONALITY = re.compile(r"(?:i|ian|ean|ese)$")
#: Pseudo-stem of a vote's tally: the votes cast and those who cast them ("65 votes opposed" / "65
#: lawmakers against", "1.2 million votes" / "1.2 million voters"), one count (helper pairsconf5).
#: Ballots at a count stay a thing ("300 ballots were rejected"): only "votes" is the tally.
VOTERS = "<voters>"
_VOTER_STEMS = frozenset(stem(w) for w in [
    "vote", "votes", "voters", "voter", "electors", "parliament", "congressmen", "councillors", "councilors", "delegates",
    # the members a parliament or a senate votes through (`language.kinds.MEMBERS_OF`: "deputies", "senators")
    *(w.lower() for body in ("parliaments", "senates") for w in MEMBERS_OF[body] if " " not in w)])


@lru_cache(maxsize=1)
def people_names() -> frozenset[str]:
    """Stems of the countries' people's names (`DEMONYMS`) that `_NATIONALITY` does not read: "1.4
    million Venezuelans", "300 Afghans" count people (helper pairsconf). Such a name tells no role:
    `_known_apart` does not read it as people against a role ("Greeks" / "protesters")."""
    stems = [stem(fold(w.lower())) for words in DEMONYMS.values() for w in words] + list(_country_peoples())
    return frozenset(st for st in stems if not (_NATIONALITY.search(st) and len(st) > 4))


@lru_cache(maxsize=1)
def _country_peoples() -> frozenset[str]:
    """Stems of the people's names built from a one-word country name as English builds most of
    them, which `DEMONYMS` and `_NATIONALITY` leave out: "-a" with "n" ("Samoans", "Tongans"), "-u"
    or "-o" with "an" ("Tuvaluans", "Nauruans"): "up to 280 Tuvaluans a year" / "as many as 180
    Tuvalu citizens" count one people (helper conf121). Only the built form is read, never the
    country's name itself; forms `_NATIONALITY` reads ("-ian") are left to it (`people_names`)."""
    out = set()
    for name in set(country_short_names().values()):
        low = fold(name.lower())
        if not low.isalpha() or len(low) < 4:
            continue
        built = low + "n" if low.endswith("a") else low + "an" if low[-1] in "uo" else ""
        if built:
            out.update({stem(built), stem(built + "s")})
    return frozenset(out)


@text_cache()
def counted_set(counted: str) -> frozenset[str]:
    out = set()
    # "1,500 workers" and "1,500 employees" count the same thing
    for w in re.findall(r"[a-z]+", same_nouns(fold(counted))):
        if w in SKIP_COUNTED:
            continue
        if w in _NOT_PEOPLE:  # a place, not a slip of its people's name ("villages" / "villagers")
            out.add(stem(w))
            continue
        if w in COUNTED_AS:  # "450 jobs" counts workers
            out.add(stem(noun_meant(COUNTED_AS[w])))
        w = noun_meant(w)  # "12 demonstratrs" counts protesters too
        st = stem(w)
        out.add(st)
        if st in _VOTER_STEMS:
            out.add(VOTERS)
        # "500,000 people" and "half a million Iraqis" count the same kind of thing
        if st in _PEOPLE_STEMS or _NATIONALITY.search(st) and len(st) > 4 or st in people_names():
            out.add(PEOPLE)
    return frozenset(out)


#: Classes of a body's members that are a count of their own: "5 associate members", "5 permanent
#: members" are not the body's "15 members" told again (helper figs129). Not "full" or "new" ones.
_MEMBER_CLASS = re.compile(r"\b(associate|honorary|founding|permanent|non-permanent|affiliate|observer)\s+member", re.I)


@text_cache()
def _counted_phrase(text: str, counted: str) -> frozenset[str]:
    """`counted_set` of a figure's head noun, or of the synonym table's phrase holding it in the
    figure's words: "650 makeshift homes" count shelters, not homes (the figure reader keeps the
    head noun alone). A class of members counts that class alone (`_MEMBER_CLASS`)."""
    if "member" in counted.lower() and (cls := _MEMBER_CLASS.search(text)):
        return frozenset([f"<{cls.group(1).lower()} members>"])
    hits: list[str] = []
    same_nouns(text, hits)
    for hit in hits:
        said, _, canonical = hit.partition(" = ")
        if " " in said and counted.lower() in said.lower().split():
            return counted_set(canonical)
    return counted_set(counted)


def counted_of(q: Quantity) -> frozenset[str]:
    return _counted_phrase(q.text, q.counted) if q.counted else frozenset()


def counted_stems(q: Quantity) -> set[str]:
    """Stems of what a figure counts ("soldiers" -> {"soldier"}), plus PEOPLE for kinds of people."""
    return set(counted_of(q))


def _word_stem(w: str) -> str:
    """A counted word's stem as `counted_set` reads it (a typing slip mended)."""
    return stem(w) if w in _NOT_PEOPLE else stem(noun_meant(w))


#: The most words a kind's wording takes ("armoured personnel carriers").
_KIND_WORDS = 3


@lru_cache(maxsize=1)
def kind_stems() -> dict[str, str]:
    """{stems of a counted wording, space-joined: its kind} for the kinds of people and things a
    conflict story counts that never name one another (`language.actors.KINDS`: homes, shops,
    trucks, vehicles; "polling stations", "truck drivers" as wholes: `kind_keys`)."""
    out: dict[str, str] = {}
    for group in KINDS:
        for word in group:
            words = re.findall(r"[a-z]+", same_nouns(word.lower()))
            if 0 < len(words) <= _KIND_WORDS:
                out.setdefault(" ".join(_word_stem(w) for w in words), group[0])
    return out


@text_cache()
def kind_keys(text: str) -> frozenset[str]:
    """What a figure's words count, for telling kinds apart: `counted_set`'s stems, and a kind of
    several words read as one, longest first, in place of its words ("300 polling stations" counts
    polling stations, not "stations"; "40 truck drivers" no trucks)."""
    read = set(counted_set(text))
    stems = [_word_stem(w) for w in re.findall(r"[a-z]+", same_nouns(fold(text)))]
    kinds = kind_stems()
    k = 0
    while k < len(stems):
        for n in range(min(_KIND_WORDS, len(stems) - k), 1, -1):
            key = " ".join(stems[k:k + n])
            if key in kinds:
                read.difference_update(stems[k:k + n])
                read.add(key)
                k += n - 1
                break
        k += 1
    return frozenset(read)


def same_kind(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Whether two counted nouns name one kind (`KINDS`: "rockets" / "missiles", "insurgents" /
    "militants")."""
    kinds = kind_stems()
    return bool({kinds[s] for s in ka if s in kinds} & {kinds[s] for s in kb if s in kinds})


#: Nouns news counts one thing by, read so by the count only (the words stay: a "jobs report" is
#: no workers' report): a layoff's or a hiring's jobs are its workers ("laid off 300 workers" /
#: "cut 450 jobs"); a tally of killings or homicides counts murders, as crime tallies are told
#: ("recorded 623 murders" / "with 623 killings", "3,732 homicides"; helper dup135).
COUNTED_AS: dict[str, str] = {"jobs": "workers", "job": "worker", "killings": "murders", "homicides": "murders"}

#: Plain "people": a count of any kind of people ("80 people" / "50 protesters"); "the dead" too,
#: whoever they were ("Forty-six dead in riot" / "Forty-six inmates were killed").
ANY_PEOPLE = frozenset(stem(w) for w in ("people", "persons", "person", "dead"))

#: Nouns for people by role that neither `KINDS` nor `_PEOPLE_STEMS` holds (synonym-table heads and
#: the general ones news counts): each counts people, so plain "people" may count them. Not people
#: told by sex or age (men, women, children): news counts them as a part of the people counted
#: ("Three people were killed" / "The two women and a man were killed": golden outputs).
_ROLE_PEOPLE = ("protesters", "workers", "rescuers", "hostages", "prisoners", "candidates", "voters",
                "victims", "survivors", "members", "supporters", "fans", "sailors",
                "crew members", "officials", "parliament", "lawmakers",
                # the people of a crowd, named by what they came for or where they were ("100,000
                # people gathered" / "ten thousand revellers packed the district": one crowd counted;
                # helper conffig153, set 155)
                "revellers", "spectators", "onlookers", "bystanders", "marchers", "shoppers", "participants",
                "partygoers", "concertgoers", "festivalgoers", "holidaymakers", "clubbers")
#: `KINDS` groups of people told by age (by their first word): a part of the people counted; and
#: families, people counted by household ("2,000 people" / "3,000 families" homeless: two counts).
_PART_OF_PEOPLE = frozenset(["children", "families"])


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Stems of the nouns that name a kind of people: the kinds of people of `KINDS` (not its
    things, cases or deaths) and `_ROLE_PEOPLE`, as `counted_set` reads them."""
    things = {w for words in thing_kinds().values() for w in words} | {"cases", "case", "deaths", "death",
                                                                       "infections", "infection", "fatalities"}
    words = [w for group in KINDS if not things & set(group) and group[0] not in _PART_OF_PEOPLE
             for w in group] + list(_ROLE_PEOPLE)
    return frozenset(s for w in words for s in counted_set(w) if s != PEOPLE)


@lru_cache(maxsize=1)
def no_people_stems() -> frozenset[str]:
    """Stems of `COUNTS_NO_PEOPLE`, as `counted_set` reads them."""
    return frozenset(s for words in COUNTS_NO_PEOPLE.values() for w in words for s in counted_set(w)) - {PEOPLE}


def names_people(counted: AbstractSet[str]) -> bool:
    """Whether counted stems name people of some kind (`PEOPLE` or a people noun)."""
    return PEOPLE in counted or bool(counted & _people_nouns())


def counted_alike(ka: AbstractSet[str], kb: AbstractSet[str]) -> bool:
    """Whether two figures' counted stems may count one thing: a stem or synonym group shared
    (with `COUNTED_AS`: "300 workers" / "450 jobs"), or plain people against any people ("8,000
    people" / "12,000 residents", "80 people" / "50 protesters"). Not two roles ("12 aid workers" /
    "20 civilians", "300 residents" / "450 protesters"): another group, another count."""
    if ka & kb or _doers_of(ka, kb) or _doers_of(kb, ka):
        return True
    return bool(ka & ANY_PEOPLE) and names_people(kb) or bool(kb & ANY_PEOPLE) and names_people(ka)


def _doers_of(acts: AbstractSet[str], doers: AbstractSet[str]) -> bool:
    """Whether `doers` name who did one of `acts` ("Tens of thousands marched" / "5,000 marchers",
    "protested" / "protesters"): the verb's stem with "er" (helper figs84)."""
    return any(a + "er" in doers or a + "r" in doers for a in acts if len(a) >= 4)


def counts_alike(q: Quantity, r: Quantity) -> bool:
    """`counted_alike` of two figures, or their counted nouns of one kind (`KINDS`: "30 students" /
    "45 pupils", "7 rockets" / "10 missiles"): figures that may count one thing. The head noun's
    kind, not the figure's words' ("420 cholera cases" / "420 cholera deaths" are two counts)."""
    return counted_alike(counted_of(q), counted_of(r)) \
        or bool(q.counted and r.counted and same_kind(kind_keys(q.counted), kind_keys(r.counted)))
