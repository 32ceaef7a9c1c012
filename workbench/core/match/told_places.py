"""A place told without being read as one: the names a claim's reported content writes, and a place
named by its kind ("the territory", "the Himalayan nation"), read once per claim (`claim_readings`).

Why: the anchor asks whether two claims are in one place, and reads a place after a preposition
or a named doer. A headline puts its place before a colon with no verb ("Kathmandu rainfall: 240
mm in 24 hours"), a report makes it the subject ("Kathmandu received 240 millimetres of rain"),
and a retelling names it by its kind once the story has named it ("the territory's government",
"in the Pacific territory"). For a pair its figures anchor, these tell one place as well as a
preposition does (helper pairsdup6).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.extract.clauses import DETERMINERS
from workbench.core.language.actors import DEMONYMS, SEATS, organisation_names
from workbench.core.match.knowledge import CAPITALS, NOT_NAMES, country_names
from workbench.core.match.place_names import names_written

#: A place named by its kind, with at most two words of description before it ("the country", "the
#: Pacific territory", "the war-torn nation", "the island nation"): news names a place so once it
#: has named it. "state" is left out ("the state of emergency"), as are kinds of places inside a
#: country that stories name besides their own ("the region", "the city": "across the region").
_KIND_OF_PLACE = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:territory|country|nation|island|islands|archipelago|kingdom|republic"
    r"|emirate|enclave)(?:'s|\u2019s)?\b")
#: Capitalised words that name nothing: determiners and pronouns opening a sentence or a quote.
_NO_NAME = frozenset(DETERMINERS | NOT_NAMES | {"we", "i", "you", "he", "she", "they", "it", "there", "a", "an"})


def content_names(said: str) -> frozenset[str]:
    """The folded name words of a claim's reported content (`claim_view.reported`: its reporting frame,
    whose sayer says nothing of the place, left out), determiners and titles dropped. The first
    word is capitalised for opening the sentence ("Tens of thousands rallied", "Three people died"),
    so it counts only when it is a name the actor tables know ("Kathmandu received ...")."""
    first = _FIRST_WORD.match(said)
    if first is None:
        return names_written(said) - _NO_NAME
    rest = names_written(said[first.end():])
    return (rest | names_written(first.group(1)) if first.group(1) in _known_names() else rest) - _NO_NAME


#: A claim's first word, after any opening quote or bracket.
_FIRST_WORD = re.compile(r"[\W_]*([\w-]+)")


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Single words the actor tables know as names: countries, capitals, seats of government,
    organisations, peoples (`knowledge.rewrite`'s aliases)."""
    peoples = {people for names in DEMONYMS.values() for people in names}
    countries = country_names()
    return frozenset(w for w in (*countries, *countries.values(), *CAPITALS, *SEATS, *organisation_names(), *peoples)
                     if " " not in w)


def names_kind_of_place(text: str) -> bool:
    """Whether a claim names a place by its kind ("the territory's government")."""
    return _KIND_OF_PLACE.search(text) is not None


def told_in_one_place(names_a: frozenset[str], names_b: frozenset[str], kind_a: bool, kind_b: bool) -> bool:
    """Whether two claims that read no place of their own tell one place for a figure anchoring them:
    the names of one's content all among the other's ("Kathmandu rainfall: ..." / "Kathmandu
    received ..."), or one names nothing but a place by its kind ("... an estimate by the
    territory's government" / "New Caledonia riots: ...")."""
    if names_a and names_b:
        return names_a <= names_b or names_b <= names_a
    return bool(names_a) and kind_b or bool(names_b) and kind_a
