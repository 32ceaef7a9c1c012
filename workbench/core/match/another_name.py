"""The same words with another name: "Russian forces shelled Kharkiv" / "Russian forces shelled
Kherson", "Mali's government expelled three diplomats" / "Burkina Faso's government expelled
three diplomats". The place step (`place_names`) reads only places after "in", "at", "near";
a name anywhere else that is the claims' only difference makes them another fact too, whatever
the words and the meaning vector say (both are near 1 for such pairs).

Two more cases are read here, since both need the claims to share every other word: another kind of
victim or thing in the same words ("killed 30 soldiers" / "killed 30 civilians": `another_kind`),
and two speakers each naming the other as the doer ("Israel said Hamas fired the rocket" / "Hamas
said Israel fired the rocket": `speakers_swapped`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, utils

from workbench.core.extract.attribution import find_frame
from workbench.core.figures.shouting import headline
from workbench.core.language.actors import DEMONYMS, KIND_PARENTS, KINDS, PEOPLES, SEATS, organisation_names
from workbench.core.language.countries import country_short_names
from workbench.core.language.synonyms import same_nouns
from workbench.core.match import knowledge
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: Two names at least this alike (rapidfuzz ratio of their stems) may be one name spelt two ways
#: ("Gaddafi" / "Qadhafi" 71, "Kharkiv" / "Kharkov" 71), never "another name" ("Kharkiv" / "Kherson" 43).
SWAP_VARIANT_RATIO = 65


@lru_cache(maxsize=1)
def actor_tokens() -> frozenset[str]:
    """The normalised token of every one-word country, capital and organisation name the tables
    know, and of the one-word forms `rewrite` writes the others as: an actor opening a claim is a
    name too ("Mali's government expelled ..."), though capitalised for being first."""
    countries = set(country_short_names()) | set(knowledge.country_names()) | set(knowledge.country_names().values())
    canonical = set(knowledge.country_names().values()) | set(organisation_names().values())
    names = countries | set(knowledge.CAPITALS) | set(SEATS) | set(organisation_names()) | {knowledge.actor_token(n) for n in canonical}
    out = set()
    for n in names:
        tokens = normalize(n).tokens
        if len(tokens) == 1:  # a name of several words ("Mexico City") gives common words too
            out.add(tokens[0])
    return frozenset(out)


#: At most this many tokens of each claim differ: one name, of one or two words ("Port Sudan");
#: more are lists of names or other words ("Ask Jeeves, Akamai Technologies, Etoys").
MAX_NAME_TOKENS = 2
_WORD = re.compile(r"[A-Za-z][\w'-]*")


@lru_cache(maxsize=1)
def people_tokens() -> frozenset[str]:
    """The normalised tokens of the peoples that are no country's (`language.actors.PEOPLES`)."""
    return frozenset(t for name in PEOPLES for t in normalize(name).tokens)


def names_swapped(a: str, b: str, tokens_a: list[str], tokens_b: list[str], names_a: set[str], names_b: set[str],
                  contents: tuple[str, str] = ("", "")) -> str | None:
    """'another name in the same words: kharkiv / kherson' when each claim has one name the other
    lacks and every other word is shared ("Russian forces shelled Kharkiv" / "... shelled Kherson",
    "Mali's government expelled ..." / "Burkina Faso's government expelled ..."): the same
    statement about another place or actor is another fact, wherever the name stands (the place
    step reads only places after "in", "at", "near").

    `a` / `b`: the claims as written; `tokens_*` their normalised tokens; `names_a` / `names_b`:
    each claim's names the other lacks (spelling variants already matched); a token of a known
    country, capital or organisation counts as a name anywhere. The name must stand in the same
    place, between the same words (`name_slot`). No swap: names alike enough to be
    one name spelt two ways (`SWAP_VARIANT_RATIO`); a known actor against a name the tables do not
    know ("U.S." / "American": one actor, its people's name); headlines (`headline`); a name in
    the reporting frame (`contents`: each claim's reported content lower-cased, when known), which
    is who reports the fact ("..., Reuters reported" / "..., AFP reported"), not another fact."""
    set_a, set_b = set(tokens_a), set(tokens_b)
    only_a, only_b = set_a - set_b, set_b - set_a
    if not only_a and not only_b:
        return speakers_swapped(a, b)
    if not only_a or not only_b:
        return None
    if (swapped := actors_swapped(tokens_a, tokens_b, only_a, only_b)) is not None:
        return swapped  # (read first: a people's name may be two words, "sri lankan")
    if len(only_a) > MAX_NAME_TOKENS or len(only_b) > MAX_NAME_TOKENS:  # no name; a kind of several words?
        return another_kind(a, b, tokens_a, tokens_b, only_a, only_b) \
            if len(only_a) <= MAX_KIND_TOKENS and len(only_b) <= MAX_KIND_TOKENS else None
    actors = actor_tokens()
    if any(t not in names_a and t not in actors for t in only_a) or any(t not in names_b and t not in actors for t in only_b):
        return another_kind(a, b, tokens_a, tokens_b, only_a, only_b)
    if not (only_a & actors and only_b & actors or only_a - actors and only_b - actors):
        return None  # a known actor and a name of another kind: "U.S." / "American"
    if (only_a <= people_tokens()) != (only_b <= people_tokens()):
        return None  # a people describing a group and the group's name: "Arab militias" / "Janjaweed militias"
    if any(fuzz.ratio(x, y) >= SWAP_VARIANT_RATIO for x in only_a for y in only_b) or headline(a) or headline(b):
        return None
    capital_of = _capital_of()
    if any(capital_of.get(x) == y or capital_of.get(y) == x for x in only_a for y in only_b):
        return None  # a capital kept as a place and its country: "from Caracas" / "from Venezuela"
    slot_a, slot_b = name_slot(tokens_a, only_a), name_slot(tokens_b, only_b)
    if slot_a is None or slot_a != slot_b:
        return None  # not one name in the same place ("captured 23 pirates in the Gulf of Aden" / "23 Somali pirates")
    for only, text, content in ((only_a, a, contents[0]), (only_b, b, contents[1])):
        if content and any(w.startswith(t) for w in _frame_words(text, content) for t in only):
            return None  # a name of the reporting frame: another source, not another fact
    return f"another name in the same words: {', '.join(sorted(only_a))} / {', '.join(sorted(only_b))}"


@lru_cache(maxsize=1)
def _capital_of() -> dict[str, str]:
    """{normalised token of a one-word capital: its country's token} ("caraca": "venezuela")."""
    out: dict[str, str] = {}
    for capital, country in knowledge.CAPITALS.items():
        c, k = normalize(capital).tokens, normalize(knowledge.actor_token(country)).tokens
        if len(c) == 1 and len(k) == 1:
            out[c[0]] = k[0]
    return out


@lru_cache(maxsize=1)
def country_tokens() -> dict[str, str]:
    """{normalised token of a country's name, or of its people's name: the country's token} ("pakistani",
    "pakistan": "pakistan"; "saudi": "saudiarabia", as `knowledge.rewrite` writes the country)."""
    out: dict[str, str] = {}
    for country, demonyms in DEMONYMS.items():
        tokens = normalize(knowledge.actor_token(country)).tokens
        if len(tokens) != 1:
            continue
        out[tokens[0]] = tokens[0]
        last = normalize(country).tokens[-1]
        for d in demonyms:
            for t in normalize(d).tokens[-1:]:
                out.setdefault(t, tokens[0])
                if t != last and len(last) >= 5 and t.startswith(last):  # "lanka" of "Sri Lanka", as "Sri Lankan" ends
                    out.setdefault(last, tokens[0])
    return out


@lru_cache(maxsize=1)
def place_tokens() -> frozenset[str]:
    """Tokens of countries, their peoples' names and capitals (`country_tokens`, `knowledge.CAPITALS`):
    names of places, never of a thing, a body or a person."""
    countries = country_tokens()
    capitals = {t for capital in knowledge.CAPITALS for t in normalize(capital).tokens}
    return frozenset(countries) | frozenset(countries.values()) | frozenset(capitals)


@lru_cache(maxsize=1)
def demonym_leads() -> frozenset[tuple[str, str]]:
    """(first token, last token) of each people's name of two words ("sri", "lankan"): the last
    token alone stands for the country in `country_tokens`."""
    return frozenset((tokens[0], tokens[-1]) for demonyms in DEMONYMS.values() for d in demonyms
                     if len(tokens := normalize(d).tokens) == 2)


def actors_swapped(tokens_a: list[str], tokens_b: list[str], only_a: set[str], only_b: set[str]) -> str | None:
    """'the same two countries in swapped places: afghanistan / pakistan' when the words the claims do
    not share are the same two countries, by name or by their people's name, in the other order
    ("Kabul expelled two Pakistani diplomats" / "Islamabad expelled two Afghan diplomats",
    "Russian drones hit Ukrainian ports" / "Ukrainian drones hit Russian ports"): who did it and to
    whom are swapped, another fact."""
    countries = country_tokens()
    # a people's name of two words is one name ("sri lankan": "srilanka"; helper not101)
    only_a, only_b = (only - {lead for lead, tail in demonym_leads() if tail in only} for only in (only_a, only_b))
    if len(only_a) != 2 or len(only_b) != 2:
        return None
    order_a = [countries.get(t) for t in tokens_a if t in only_a]
    order_b = [countries.get(t) for t in tokens_b if t in only_b]
    if None in order_a or None in order_b or len(set(order_a)) != 2 or set(order_a) != set(order_b) \
            or order_a == order_b:
        return None
    return f"the same two countries in swapped places: {' / '.join(str(c) for c in order_a)}"


#: A kind may be written in up to this many words ("air traffic controllers"), read as one.
MAX_KIND_TOKENS = 3


@lru_cache(maxsize=1)
def _kinds() -> dict[frozenset[str], tuple[int, str]]:
    """{normalised tokens of a kind's word or words: (its group, as written)} (`language.actors.KINDS`,
    synonyms read first; "rail workers" is {"rail", "worker"})."""
    out: dict[frozenset[str], tuple[int, str]] = {}
    for k, group in enumerate(KINDS):
        for word in group:
            tokens = normalize(same_nouns(word)).tokens
            if " " not in word:
                tokens = tokens[-1:]
            if tokens and len(tokens) <= MAX_KIND_TOKENS:
                out.setdefault(frozenset(tokens), (k, word))
    return out


def kind_of(token: str) -> str | None:
    """The kind (`language.actors.KINDS`, by its group's first word) a normalised token names
    ("troop" -> "soldiers", "militia" -> "militants"), or None."""
    found = _kinds().get(frozenset((token,)))
    return None if found is None else KINDS[found[0]][0]


def another_kind(a: str, b: str, tokens_a: list[str], tokens_b: list[str], only_a: set[str], only_b: set[str]) -> str | None:
    """'another kind in the same words: soldier / civilian' when each claim has one word (or one kind
    of several words: "rail workers") the other lacks, in the same place between the same words, and
    the two are kinds of people or things that never name one another ("killed 30 soldiers" /
    "killed 30 civilians", "fired 40 missiles" / "fired 40 drones", "rail workers" / "air traffic
    controllers went on strike": `language.actors.KINDS`): another victim, thing or striker, another fact."""
    if not only_a or not only_b or headline(a) or headline(b):
        return None
    kinds = _kinds()
    x, y = kinds.get(frozenset(only_a)), kinds.get(frozenset(only_b))
    if x is None or y is None or x[0] == y[0]:
        return None
    kx, ky = KINDS[x[0]][0], KINDS[y[0]][0]
    if kx in KIND_PARENTS.get(ky, ()) or ky in KIND_PARENTS.get(kx, ()):
        return None  # one is a part of the other: "12 farmers" / "12 civilians"
    if name_slot(tokens_a, only_a) != name_slot(tokens_b, only_b):
        return None
    return f"another kind in the same words: {_written(a, only_a, x[1])} / {_written(b, only_b, y[1])}"


def _written(text: str, tokens: set[str], kind: str) -> str:
    """The word of `text` a one-token kind was read from ("missiles" for "missil"); a kind of several
    words as the table writes it."""
    if len(tokens) > 1:
        return kind
    return next((w for w in _WORD.findall(text) if normalize(same_nouns(w)).tokens == list(tokens)), kind)


@text_cache()
def _actors(text: str) -> frozenset[str]:
    """The actors a piece of a claim names, each as one token: the known ones ("the Kremlin" ->
    russia) and any other capitalised word that is no title, month or day ("Hamas")."""
    actors = actor_tokens()
    rewritten = knowledge.rewrite(text)[0]
    names = {t for w in _WORD.findall(rewritten) if w[0].isupper() and w.lower() not in knowledge.NOT_NAMES
             for t in normalize(w).tokens}
    return frozenset(t for t in normalize(rewritten).tokens if t in actors or t in names)


@text_cache()
def _speaker_and_actors(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the actors of a claim's reporting frame's speaker, the actors its reported content names)."""
    frame = find_frame(text)
    if not frame.speaker or not frame.content:
        return frozenset(), frozenset()
    return _actors(frame.speaker), _actors(" ".join(text[x:y] for x, y in frame.content))


def speakers_swapped(a: str, b: str) -> str | None:
    """'who says who did it, swapped: russia / ukraine' when two claims with the same words name
    each other's speaker in what they report ("The Kremlin said the attack was launched by Kyiv" /
    "Kyiv said the attack was launched by the Kremlin"): two accusations, each side blaming the
    other, are two facts, never one told twice. Asked only of claims sharing all their words."""
    speaker_a, told_a = _speaker_and_actors(a)
    if not speaker_a:
        return None
    speaker_b, told_b = _speaker_and_actors(b)
    if not speaker_b or speaker_a == speaker_b or not (speaker_a <= told_b and speaker_b <= told_a):
        return None
    return f"who says who did it, swapped: {find_frame(a).speaker} / {find_frame(b).speaker}"


def name_slot(tokens: list[str], only: set[str]) -> tuple[str, str] | None:
    """The tokens around a claim's differing name (its neighbours, "" at either end), or None when
    the name's tokens are not next to each other."""
    at = [k for k, t in enumerate(tokens) if t in only]
    if at != list(range(at[0], at[-1] + 1)):
        return None
    return (tokens[at[0] - 1] if at[0] > 0 else "", tokens[at[-1] + 1] if at[-1] + 1 < len(tokens) else "")


def _frame_words(text: str, content: str) -> list[str]:
    """The words of a claim's reporting frame: those of the claim (lower-cased, without
    punctuation, as `content`) not in its reported content."""
    inner = set(content.split())
    return [w for w in utils.default_process(text).split() if w not in inner]
