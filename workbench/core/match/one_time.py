"""One past event singled out by its name or by who it befell, dated twice: a conflict, not another event.

Dates far apart tell another event (`knowledge.compare_dates`): marches, strikes, attacks,
meetings, an office taken, a parliament dissolved, a state of emergency declared come again, and
"The king dissolved parliament in March 2019" / "in March 2023" are two acts. `once_only` and
`once_begun` read acts that happen once by their verb (a first, a founding, a construction begun).
Three more shapes of news English single out one event whatever its verb, so that two claims
telling it with dates far apart disagree on its date (sets 145-148, helper dates145):
- an event **named by a name of its own**: a codename before an event noun ("the Castle Bravo
  test", "the Apollo 11 mission", "the Chernobyl disaster") or "Operation X" ("Operation
  Barbarossa was launched"). The name is no country, capital or people ("the Paris bombing",
  "North Korea's nuclear test" come again), the noun no contest, summit or final held again ("the
  G20 summit", "the Champions League final", "the Summer Olympics");
- a **title, an honour or a citizenship taken from a named holder** ("X was stripped of his Olympic
  gold medal", "stripped X of her British citizenship", "stripped of the title of crown prince"),
  and an heir **removed as crown prince**: what is held for life is taken once. Offices, seats,
  mandates and immunity come and go again ("Kilman was removed as prime minister" in 2011 and
  2023; "stripped of her immunity" for each charge);
- **a people moved from its home to a named place** ("Bikini's residents were moved to Rongerik
  Atoll", "The Banaban people were relocated to Rabi Island", "the residents of Enewetak were
  resettled on Ujelang"): a people is moved from its home once. Evacuations and transfers come
  again ("Grindavik's residents were evacuated", "Asylum seekers were transferred"), as do people
  not named by their home ("Coastal residents were moved to cyclone shelters").

A **named storm** striking ("Hurricane Katrina made landfall") is one storm only within one year:
storm names come round again on the lists of later years.

Two claims tell one such event when each reads it with the same key (the event's name; the
holder and what was taken; the people and the place), neither names a name the other lacks but
one may add some (a doer, a place), and their figures but years are the same
(`one_time_told_twice`). The rest of their words may differ: who did it ("King Abdullah removed
Hamzah" / "Hamzah was stripped"), the verb ("was conducted" / "took place"), a reporter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core import figures as fig
from workbench.core.figures.dates import MONTHS, WEEKDAYS
from workbench.core.language.actors import CAPITAL_PLACES, CAPITALS, DEMONYMS
from workbench.core.match.claim_view import reported
from workbench.core.match.place_names import country_of
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache

#: A cheap first test on the lowered claim: one holding none of these tells none of the three events.
_ANY = re.compile(r"operation|hurricane|cyclone|typhoon|storm|test|mission|disaster|massacre|bombing|explosion|blast|uprising|landing|meltdown"
                  r"|spill|stripped|crown prince|heir|moved|relocated|resettled")

#: What makes an event come again (as `once_only` reads it): a claim with one of these tells none
#: (lower-case, or first in the claim: "New Mexico", "Second World War" are names).
_AGAIN = re.compile(r"(?:^|(?<=[a-z,] ))(?:annual|yearly|again|another|latest|every|each|second|third|new|renewed|returned)\b"
                    r"|^(?:Annual|Another|Every|Each|New)\b")

_NAME = r"(?:[A-Z][\w'’.-]*|\d+[A-Z]?)"
#: Nouns of an event that happens once when a name of its own is put before it ("the Castle Bravo
#: test", "the Apollo 11 mission", "the Chernobyl disaster"); and "Operation X".
_EVENT_NOUNS = (r"test|mission|disaster|massacre|bombing|explosion|blast|uprising|landing|meltdown|spill"
                r"|catastrophe|tragedy|incident|affair|scandal")
#: The event named is the claim's subject, and what is told of it is that it happened ("was
#: conducted", "took place", "was launched", "made landfall"), not what it did or what came of it
#: ("The Castle Bravo test contaminated Rongelap").
_HAPPENED = (r"(?:(?:was|were)\s+(?:first\s+)?(?:conducted|carried\s+out|held|launched|detonated|staged|mounted|fought"
             r"|begun|started|flown|set\s+off)|took\s+place|happened|occurred|began|started|exploded|landed)\b")
_NAMED_EVENT = re.compile(r"(?:[Tt]he\s+(" + _NAME + r"(?:\s+" + _NAME + r"){0,3})\s+(?:" + _EVENT_NOUNS + r")"
                          r"|(Operation\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))\s+" + _HAPPENED)

#: A title, an honour, a citizenship taken from its holder, passive or active ("Hamzah was stripped
#: of the title of crown prince", "stripped Shamima Begum of her British citizenship"), and an heir
#: removed ("King Abdullah removed Hamzah as crown prince", "Nayef was removed as crown prince").
_HOLDER = r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)"
_HELD = (r"(?:(?:his|her|their|the)\s+)?((?:title\s+of\s+)?(?:[\w'’-]+\s+){0,4}?"
         r"(?:titles?|medals?|citizenship|nationality|knighthood|honou?rs?|crown(?:\s+prince(?:ss)?)?"
         r"|(?:crown\s+)?prince(?:ss)?|heir(?:\s+apparent)?))\b")
_HEIR = r"((?:crown\s+)?prince(?:ss)?|heir(?:\s+apparent)?|heir\s+to\s+the\s+throne)\b"
_TAKEN = re.compile(_HOLDER + r"\s+(?:was|were|had\s+been)\s+stripped\s+of\s+" + _HELD
                    + r"|\bstripped\s+" + _HOLDER + r"\s+of\s+" + _HELD
                    + r"|" + _HOLDER + r"\s+(?:was|had\s+been)\s+(?:removed|deposed|dismissed)\s+as\s+(?:the\s+)?" + _HEIR
                    + r"|\b(?:removed|deposed|dismissed)\s+" + _HOLDER + r"\s+as\s+(?:the\s+)?" + _HEIR)
#: Words of the thing held that tell no other thing ("the title of crown prince" / "crown prince").
_HELD_FILLER = frozenset({"title", "titles", "of", "the", "his", "her", "their", "prince", "princess"})

#: A people named by its home ("Bikini's residents", "the residents of Enewetak", "The Banaban
#: people") moved, relocated or resettled to or on a named place.
_PEOPLE = r"(?:residents|inhabitants|islanders|people|population|community)"
_MOVED = re.compile(r"(?:\b(?:[Tt]he\s+)?((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w.-]*)['’]s?\s+" + _PEOPLE
                    + r"|\b[Tt]he\s+" + _PEOPLE + r"\s+of\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w.-]*)"
                    + r"|\b[Tt]he\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w.-]*)\s+" + _PEOPLE + r")"
                    + r"\s+(?:were|was|had\s+been)\s+(?:forcibly\s+|permanently\s+)?(?:moved|relocated|resettled)\s+"
                    + r"(?:to|on|onto)\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*)")


#: A named storm striking ("Hurricane Katrina made landfall", "Cyclone Idai hit Beira"): one storm
#: in a season, but names come round again on the lists of later years, so only in one year.
_STORM = re.compile(r"((?:Hurricane|Cyclone|Typhoon|Tropical\s+Storm|Storm)\s+[A-Z][\w'’-]*)\s+"
                    r"(?:made\s+landfall|struck|hit|slammed\s+into|battered|formed)\b")
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
#: The capitalised words of a claim but its first and the names of months and days.
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w'’-]*")


@lru_cache(maxsize=1)
def _not_codenames() -> frozenset[str]:
    """Names that name a country, a capital or a people: an event named by one may come again."""
    return frozenset(w.lower() for w in (*CAPITALS, *CAPITAL_PLACES, *(d for ds in DEMONYMS.values() for d in ds),
                                         *DEMONYMS))


def _codename(name: str) -> bool:
    """Whether a name before an event noun is one of its own (no country, capital, people, possessive)."""
    words = name.split()
    return not (country_of(name) or any(w.lower() in _not_codenames() or country_of(w) or w.endswith(("'s", "’s"))
                                        for w in words))


def _key(words: str) -> frozenset[str]:
    return frozenset(w.lower().rstrip("s") for w in re.findall(r"[\w-]+", words))


@text_cache()  # asked per pair whose dates are far apart: bounded as the other per-pair text caches
def one_time(text: str) -> tuple[str, frozenset[str]] | None:
    """The one-time event a claim tells (module doc) as (its shape, its key), or None."""
    low = text.lower()
    if not _ANY.search(low):
        return None
    said = reported(text)
    if _AGAIN.search(said):
        return None
    if (m := _NAMED_EVENT.match(said)) is not None and (m.group(2) or _codename(m.group(1))):
        return "named", _key(m.group(1) or m.group(2))
    if (m := _STORM.match(said)) is not None:
        return "storm", _key(m.group(1)) | frozenset("#" + y for y in _YEAR.findall(said))
    if (m := _TAKEN.search(said)) is not None:
        groups = [g for g in m.groups() if g]
        holder, held = groups[0].split()[-1], _key(groups[1]) - _HELD_FILLER
        return "taken", frozenset({"@" + holder.lower()}) | (held or frozenset({"prince"}))
    if (m := _MOVED.search(said)) is not None:
        people, place = [g for g in m.groups() if g][:2]
        return "moved", frozenset("@" + w for w in _key(people)) | _key(place)
    return None


def _figures(qs: list[Quantity]) -> list[tuple[float | None, str | None]]:
    return sorted(((q.value, q.unit) for q in qs if fig.figure_kind(q) != fig.YEAR), key=repr)


def one_time_told_twice(texts: tuple[str, str], qs: tuple[list[Quantity], list[Quantity]]) -> str | None:
    """Two claims telling one event singled out by its name, its holder or its people (`one_time`)
    with the same key and figures: their far-apart dates clash. Returns what the event is."""
    a, b = one_time(texts[0]), one_time(texts[1])
    if a is None or a != b or _figures(qs[0]) != _figures(qs[1]):
        return None
    names = sorted((_names(texts[0]), _names(texts[1])), key=len)
    if not names[0] <= names[1]:  # another place or party named on each side: told of another event
        return None
    return {"named": "one named event", "storm": "one named storm", "taken": "a title taken once",
            "moved": "a people moved once"}[a[0]]


@text_cache()  # read per pair whose two claims tell one event once (`one_time`)
def _names(text: str) -> frozenset[str]:
    """The names a claim's reported content holds (capitalised words but its first, months and days)."""
    return frozenset(re.sub(r"['’]s?$", "", w) for w in _CAPITALISED.findall(reported(text))
                     if w.lower() not in MONTHS and w.lower() not in WEEKDAYS)
