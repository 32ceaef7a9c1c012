"""Another thing named where the act lands: "The Kremlin expelled a BBC correspondent" / "... a
Reuters correspondent", "suspended the broadcaster Radio Okapi" / "suspended Top Congo FM, another
broadcaster". `another_name.names_swapped` reads a name swapped when every other word is shared;
told in other words, the pair kept its high meaning and word scores and was called one fact.

Here each claim names, in the slot its act is done to (`roles.roles`: the object of an active verb,
a passive's subject, or the side an act was taken from: `roles.counterpart`), something the other
claim does not name anywhere (spelling variants matched: `compare._unmatched_names`): two things
acted on, two facts (helper not8). Countries, their peoples and capitals are left to the place
and country rules ("freed 10 US citizens" / "released ten Americans"), and an acronym is no other
name when its letters hold the other name's initial ("a Jalisco cartel commander" / "a CJNG
commander": the acronym may spell that name out). On sets 1-72 it fired on no duplicate.
"""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache
from typing import Any

from workbench.core.language.kinds import kind_ancestors, kind_words
from workbench.core.language.people import TITLES
from workbench.core.match.another_name import names_swapped, place_tokens
from workbench.core.match.doers import acronyms_of
from workbench.core.match.leading_names import (
    family_members_apart,
    full_names_swapped,
    leading_names_swapped,
    names_in_two_slots,
)
from workbench.core.match.member_bodies import cut_to_head, member_bodies_apart
from workbench.core.match.normalize import normalize
from workbench.core.match.possessors import owners_apart
from workbench.core.match.roles import (
    aimed_at,
    counterpart,
    met_party,
    participle,
    partner,
    passive_subject,
    roles,
)
from workbench.core.match.rulings import rulings_for_two
from workbench.core.match.surname_only import title_words
from workbench.core.text_caches import text_cache

#: The longest acronym read as one that may spell out the other claim's name.
_ACRONYM_MAX = 6


#: The thing acted on, then where it stands: "the barracks at murray town", "a prison in kissy".
_LOCATED = re.compile(r"\b([a-z]+) (?:at|in|near|outside) ((?:[a-z]+ ){0,2}[a-z]+)")


@lru_cache(maxsize=1)
def _building_tokens() -> frozenset[str]:
    """The normalised words of the kinds of buildings (`language.kinds`: prisons, barracks, camps,
    markets, police stations, ...): a place that stands where it is, named by that place."""
    ups = kind_ancestors()
    return frozenset(t for kind, words in kind_words().items() if kind == "buildings" or "buildings" in ups.get(kind, ())
                     for w in words for t in normalize(w).tokens)


@text_cache()
def _done_to(wording: str) -> frozenset[str]:
    """The tokens of the done-to slot, and, when it is a building, of the place named right after
    it: "a prison in Kissy" names its prison by where it stands as "Pademba Road prison" does by
    its name (sets 77-80: two prisons of one city attacked were called one fact). Not of other
    things: "captured 300 vehicles in Deir ez-Zor" tells where the act was, the place rules' business.
    A verb with no object of its own ("voted to join X") acts on its infinitive's object. A passive
    naming no doer acts on its subject ("The Blue Lagoon was evacuated" / "The Svartsengi power plant
    was evacuated": `roles.passive_subject`; helper notdoer113), when it is one short name
    (`_short_subject`)."""
    read = roles(wording)
    if read is None:
        undone = passive_subject(wording) if _short_subject(wording) else None
        read = (frozenset(), undone) if undone else None
    if read is None:
        return frozenset()
    done = read[1] | counterpart(wording) | _tokens_of(aimed_at(wording))
    if not read[1]:  # "voted to join the NFP", "agreed to back Ruto": the infinitive's object (helper not97)
        done |= _tokens_of(aimed_at(wording, infinitive=True))
    buildings = _building_tokens()
    located = (normalize(m.group(2)).tokens for m in _LOCATED.finditer(wording)
               if (head := set(normalize(m.group(1)).tokens)) & done and head & buildings)
    return done.union(*located)


#: The most words a passive's subject read as done to may hold: one thing named, not a list of
#: people each claim describes its own way ("Capt. Tom Tennant of the Woodburn Police Department
#: and Senior Trooper William Hakim, a bomb technician, were killed").
_SUBJECT_MAX = 6
#: Words opening a fronted phrase, no subject ("like viacom ge parent of nbc is seen as ...").
_FRONTED = frozenset(["like", "unlike", "as", "in", "on", "at", "after", "before", "during", "for", "from", "with",
                      "by", "since", "under", "amid", "despite", "than"])


def _short_subject(wording: str) -> bool:
    """Whether a passive's subject (the words before its first "was" / "were") is one short name,
    opening no fronted phrase (`_FRONTED`), and a participle follows (`roles.participle`: "the
    qantas colleagues were last night in ..." is no passive)."""
    words = wording.split()
    at = next((k for k, w in enumerate(words) if w in ("was", "were", "is", "are")), len(words))
    verb = next((w for w in words[at + 1:at + 3] if w not in ("being", "been", "also", "reportedly")), "")
    return 0 < at <= _SUBJECT_MAX and "and" not in words[:at] and words[0] not in _FRONTED and participle(verb)


def _tokens_of(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(" ".join(words)).tokens) if words else frozenset()


#: Endings of a plural noun of people ("magistrates", "lawmakers", "activists", "detainees").
_PEOPLE_PLURAL = re.compile(r"(?:makers|tors|nors|ists|ates|ians|men|ees|ials|ants|ents|leaders|commanders|uties)$")


@text_cache()
def _aimed_at(wording: str) -> frozenset[str]:
    """`_done_to` and the object of an infinitive ("asked a court to strip X of his immunity")."""
    return _done_to(wording) | _tokens_of(aimed_at(wording, infinitive=True))


@text_cache()
def _group_done_to(wording: str) -> frozenset[str]:
    """The tokens of a group of people in the done-to slot (`_aimed_at`), read by a plural noun of
    people ("three opposition lawmakers", "the electoral tribunal's magistrates")."""
    done = _aimed_at(wording)
    return frozenset(t for w in wording.split() if _PEOPLE_PLURAL.search(w)
                     for t in normalize(w).tokens if t in done and t != w)


#: Nouns of an event a name before them names ("victims of the Kocani fire", "the Grenfell blaze"):
#: such a name is the event's place or its name, no one an act is done to (helper dup113).
_EVENT_AFTER_NAME = re.compile(r"(\w+)\s+(?:fire|blaze|inferno|disaster|tragedy|earthquake|quake|flood|floods|crash"
                               r"|explosion|blast|bombing|shooting|massacre|stampede|collapse|eruption)\b")


@text_cache()
def _event_names(wording: str) -> frozenset[str]:
    """The tokens of the names right before an event noun (`_EVENT_AFTER_NAME`) in a claim's wording."""
    return frozenset(t for m in _EVENT_AFTER_NAME.finditer(wording) for t in normalize(m.group(1)).tokens)


@text_cache()
def _wording_tokens(wording: str) -> frozenset[str]:
    return frozenset(normalize(wording).tokens)


def _partner(wording: str, other: str) -> frozenset[str]:
    """The tokens of a claim's other party (`roles.partner`: "signed an agreement with the Kurdish-led
    SDF"), when the other claim names none of its words ("with chief adviser Muhammad Yunus" /
    "alongside Yunus" is one party; helper conf85)."""
    party = partner(wording)
    return party if party and not party & _wording_tokens(other) else frozenset()


@text_cache()
def _name_pairs(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The tokens of each two capitalised words in a row of a claim as written ("Paul Kibblewhite")."""
    words = [w.strip(".,;:'\"()") for w in text.split()]
    return tuple((frozenset(normalize(x).tokens), frozenset(normalize(y).tokens))
                 for x, y in zip(words, words[1:], strict=False) if x[:1].isupper() and y[:1].isupper())


def _given_names(text: str, other: str) -> frozenset[str]:
    """The tokens of a name right before a name the other claim (`other`: its wording) holds too:
    a given name before a family name both write ("her owner Paul Kibblewhite" / "Mr Kibblewhite")."""
    others = _wording_tokens(other)
    return frozenset(t for x, y in _name_pairs(text) if y & others for t in x)


def _may_spell(names: Set[str], text: str, others: Set[str]) -> bool:
    """Whether a name is an acronym (`doers.acronyms` of its claim's `text`) that may spell out one
    of the other claim's names (it holds that name's initial)."""
    acronyms = acronyms_of(text) & names
    return any(len(t) <= _ACRONYM_MAX and o[:1] in t for t in acronyms for o in others)


@lru_cache(maxsize=1)
def _title_tokens() -> frozenset[str]:
    """The normalised tokens of titles before a person's name (`surname_only.title_words`,
    `language.people.TITLES`): "Premier", "Vice-President" name an office, not the person."""
    return frozenset(t for w in title_words() | {w.lower() for w in TITLES} for t in normalize(w).tokens)


@text_cache()
def _met(wording: str) -> frozenset[str]:
    """The tokens of the one a reciprocal act was with (`roles.met_party`: "met Chinese Premier Li
    Qiang"), past its titles: "met Premier Li Qiang" / "met Vice-President Han Zheng" are two
    meetings, "met Premier Li" / "met Prime Minister Li Qiang" one person titled two ways."""
    return met_party(wording) - _title_tokens()


def objects_apart(texts: tuple[str, str], wordings: tuple[str, str], names_a: Set[str], names_b: Set[str]) -> str | None:
    """'another thing named: bbc / reuter' when each claim names in its done-to slot a thing the
    other does not name (`names_*`: each claim's names missing from the other, `compare._unmatched_names`;
    `texts`: the claims as written; `wordings`: their roles wordings, `claim_view.claim_roles`), neither a country, its people or
    its capital, nor an acronym that may spell the other out."""
    if not names_a or not names_b:
        return None
    places = place_tokens()
    only_a = {t for t in names_a & (_done_to(wordings[0]) | _partner(*wordings) | _met(wordings[0])) if t not in places}
    only_b = {t for t in names_b & (_done_to(wordings[1]) | _partner(*reversed(wordings)) | _met(wordings[1]))
              if t not in places}
    only_a -= _given_names(texts[0], wordings[1])
    only_b -= _given_names(texts[1], wordings[0])
    if not only_a or not only_b or _may_spell(only_a, texts[0], only_b) or _may_spell(only_b, texts[1], only_a):
        return None
    if any(x[:3] == y[:3] for x in only_a for y in only_b):
        return None  # a name cut short ("the Mat Maid dairy" / "the Matanuska Maid dairy")
    if cut_to_head(only_a, only_b) or cut_to_head(only_b, only_a):
        return None  # a body cut to its head word ("the Forum" / "the Pacific Islands Forum", one token)
    return f"another thing named: {', '.join(sorted(only_a))} / {', '.join(sorted(only_b))}"


def names_apart(texts: tuple[str, str], tokens: tuple[list[str], list[str]], names: tuple[set[str], set[str]],
                views: tuple[Any, Any]) -> str | None:
    """`another_name.names_swapped` (a name swapped, every other word shared), else `objects_apart`
    (or one thing of two owners: `possessors.owners_apart`; membership of two bodies: `member_bodies`),
    for `compare`: `texts` as written, `tokens` normalised, `names` each side's names missing from
    the other, `views` their `claim_view.claim_view`s."""
    (a, b), (va, vb) = texts, views
    if rulings_for_two(texts, (va.tokens, vb.tokens)):  # the two sides one body ruled for (`rulings`, helper conf157)
        return None
    return (names_swapped(a, b, tokens[0], tokens[1], names[0], names[1], (va.surface, vb.surface))
            or leading_names_swapped(a, b, tokens[0], tokens[1], (va.surface, vb.surface))
            or family_members_apart(a, b, tokens[0], tokens[1], (va.surface, vb.surface))
            or full_names_swapped(a, b, tokens[0], tokens[1], (va.surface, vb.surface))
            or names_in_two_slots(a, b, tokens[0], tokens[1], names, (va.surface, vb.surface))
            or objects_apart(texts, (va.roles_wording, vb.roles_wording), names[0], names[1])
            or one_and_a_group(texts, (va.surface, vb.surface), names[0], names[1])
            or owners_apart(texts, (va.tokens, vb.tokens))  # "Laiki's deposits" / "Bank of Cyprus's deposits"
            or member_bodies_apart(texts, (va.tokens, vb.tokens)))  # "left the Forum" / "a member of the Community"



def one_and_a_group(texts: tuple[str, str], surfaces: tuple[str, str], names_a: Set[str], names_b: Set[str]
                    ) -> str | None:
    """'another one done to: sonko / lawmakers' when one claim names in its done-to slot one the
    other does not name (`names_*`: as in `objects_apart`), and the other, naming no one there, a
    group of people (`_group_done_to`) the first does not name: "strip opposition leader Ousmane
    Sonko of his immunity" / "strip three opposition lawmakers of their immunity" are two acts.
    Read on the claims' `surfaces` (not rewritten: "lawmakers" stays a plural)."""
    if bool(names_a) == bool(names_b):
        return None
    one, other = surfaces if names_a else (surfaces[1], surfaces[0])
    text = texts[0] if names_a else texts[1]
    named = {t for t in (names_a or names_b) & _aimed_at(one) if t not in place_tokens()} - _event_names(one)
    # an acronym may name a group; a name describing a group names no one ("other JI operatives")
    if not named or acronyms_of(text) & named or _group_done_to(one):
        return None
    group = _group_done_to(other) - _wording_tokens(one)
    if not group or _aimed_at(other) & named:
        return None
    return f"another one done to: {', '.join(sorted(named))} / {', '.join(sorted(group))}"
