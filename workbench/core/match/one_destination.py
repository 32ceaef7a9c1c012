"""Where one voyage was going, told as two places: "The Dali was bound for Colombo, Sri Lanka, when it
struck the bridge" / "The Dali had been heading for Singapore when it hit the Key Bridge". A ship,
a plane, a convoy under way is going to one place at one moment; told of the same traveller, two
destinations that cannot be one place are a conflict (helper conf141b, set 141). The place rules
read them as two facts in two places (`place_names`, `doers.other_country`), as they rightly do for
two places where a thing happened, so this reading is asked first and sets them aside, as
`moved_or_stayed` does for one group's two ends.

Read on each claim's reported wording as written (`claim_view.reported`): a traveller (the noun
phrase before the verb, a clause in commas left out: "The boat, which capsized overnight, had been
bound for Malta") and a named destination after "bound for", "heading / headed for / to", "en route
to", "sailing for / to", "on its way to", "destined for", "flying to", in a past tense or in
commas ("the Dali, bound for Colombo, struck ..."): a voyage under way at a moment told. "Travelling
to" is left out: a person's trip may have legs (`language.journeys` reads it as a visit). Two
claims tell one traveller when its last word is the same and at most one of them adds words the
other claim lacks ("the migrant boat" / "the boat"; "the cruise ship" / "the cargo ship" are two).

A **flight under way** is one movement with one destination too: "the attackers had been trying to
flee towards Ukraine" / "the gunmen had been fleeing towards Belarus when they were caught" (sets
149-152, helper conffig149). Read in the same past tenses: "fleeing", "escaping", "trying /
attempting to flee / escape" with "to" or "towards"; "fled to X" in the simple past tells where a
flight ended and no moment of it, and is not read (nor is "fled to Poland" of the many fleeing a
war, told in the simple past). Fleeing doers are often told once by their role and once by a
description ("the attackers" / "the gunmen"): one traveller as `figures.doer_roles` counts them one
group. The destinations clash when no name of one may be or lie
in a name of the other (`place_names.places_differ`: "Palermo, Sicily" / "Sicily" is one place)
and two of them are of one rank, two countries or two towns: without a gazetteer of towns a town
may lie in the other's country ("Rotterdam" / "the Netherlands"), which is left apart.

Where a voyage started ("sailed from Antwerp") or where it ended up ("towed to Piraeus") is no
destination, and a pair is read only when both claims hold a destination word (`_ANY`, on their
`surface`), so the cache keeps the few claims telling one.
"""

from __future__ import annotations

import re

from workbench.core.figures.counted import counted_set
from workbench.core.figures.doer_roles import role_told_as_doers
from workbench.core.match.claim_view import reported
from workbench.core.match.normalize import normalize
from workbench.core.match.place_names import country_of, places_differ
from workbench.core.text_caches import text_cache

#: A cheap test on a claim's lower-case surface: one holding none of these tells no destination.
_ANY = re.compile(r"\b(?:bound|head(?:ing|ed)|en route|sailing|way to|destined|flying|flee(?:ing)?|escap(?:e|ing))\b")

#: The words telling where a traveller under way is going.
_TOWARDS = (r"(?:bound\s+for|head(?:ing|ed)\s+(?:for|to|towards?)|en\s+route\s+(?:to|for)|sailing\s+(?:for|to)"
            r"|on\s+(?:its|her|his|their)\s+way\s+to|destined\s+for|flying\s+to"
            # a flight under way (helper conffig149)
            r"|(?:fleeing|escaping|(?:trying|attempting)\s+to\s+(?:flee|escape))\s+(?:to|towards?))")
#: A place name as written: capitalised words, joined by a lower-case particle ("Port of Spain").
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:of|de|du|la|el|al)\s+)?[A-Z][\w'’-]*)*"
#: The destination: names after "the" at most, more names after a comma or "in (the)" ("Colombo,
#: Sri Lanka", "Rotterdam in the Netherlands").
_DESTINATION = rf"(?:the\s+)?(?P<to>{_NAME}(?:(?:,\s*|\s+in\s+(?:the\s+)?){_NAME})*)"
#: The traveller told before the words of going, as the subject of a past tense ("The Dali was bound
#: for", "The convoy had been heading to") or with them in commas ("The tanker, bound for Rotterdam,
#: ran"): a voyage under way at a past moment. "The president is heading to Poland" may be one leg
#: of a tour, and is not read.
_VOYAGE = re.compile(rf"^(?P<who>[^;:]+?)(?:,|\s+(?:was|were|had\s+been))\s+"
                     rf"{_TOWARDS}\s+{_DESTINATION}")
#: A comma-set clause of the subject that names no traveller ("which capsized overnight", "When it
#: struck the bridge").
_ASIDE = re.compile(r"^(?:which|who|that|when|while|as|after|before|since|if|according)\b", re.I)
#: Most words of a traveller's noun phrase.
_MAX_WORDS = 6
#: Words of a subject that name no traveller.
_LIGHT = frozenset(["the", "a", "an", "its", "their", "his", "her"])


@text_cache()  # asked only of claims holding a destination word (`_ANY`)
def voyage(text: str) -> tuple[str, frozenset[str], tuple[str, ...]] | None:
    """(the traveller's last word, its words, the destination's names) of a claim telling where a
    traveller was going (module doc), normalised, or None."""
    m = _VOYAGE.search(reported(text).strip())
    if m is None:
        return None
    parts = [p.strip() for p in m.group("who").split(",") if p.strip() and not _ASIDE.match(p.strip())]
    if not parts:
        return None
    words = [w for w in parts[0].split() if w.lower() not in _LIGHT]  # "The Dali, a container ship,": the first
    tokens = normalize(" ".join(words)).tokens if 0 < len(words) <= _MAX_WORDS else []
    if not tokens:
        return None
    names = tuple(n.strip() for n in re.split(r",\s*|\s+in\s+(?:the\s+)?", m.group("to")) if n.strip())
    return tokens[-1], frozenset(tokens), names


def _one_traveller(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]],
                   tokens: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether two travellers are one: the same last word, and at most one adding words the other
    claim lacks; or one word each, a group of doers told by its role and by a description."""
    if a[0] != b[0]:  # one group of doers told by its role and by a description (`figures.doer_roles`)
        return len(a[1]) == len(b[1]) == 1 and role_told_as_doers(counted_set(a[0]), counted_set(b[0]))
    return a[1] == b[1] or not (a[1] - tokens[1] and b[1] - tokens[0])


def _rank(name: str) -> bool:
    """A name's rank: a country (True) or a place of another rank (False)."""
    return country_of(name) is not None


def destinations_apart(surfaces: tuple[str, str], texts: tuple[str, str],
                       tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'one voyage, two destinations: colombo, sri lanka / singapore' when both claims tell where one
    traveller was going and the places cannot be one (module doc), else None. `surfaces`: the
    claims' `claim_view.surface`; `texts` as written; `tokens` their normalised tokens."""
    if _ANY.search(surfaces[0]) is None or _ANY.search(surfaces[1]) is None:
        return None
    va, vb = voyage(texts[0]), voyage(texts[1])
    if va is None or vb is None or not _one_traveller(va[:2], vb[:2], tokens):
        return None
    names_a, names_b = va[2], vb[2]
    if any(places_differ(x, y) is None for x in names_a for y in names_b):
        return None  # one may be, or lie in, the other
    if not any(_rank(x) == _rank(y) for x in names_a for y in names_b):
        return None  # a town against a country: it may lie there
    return f"one voyage, two destinations: {', '.join(names_a).lower()} / {', '.join(names_b).lower()}"
