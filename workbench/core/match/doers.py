"""Who did it: two claims whose doers are two different named actors state two facts, however
alike their figure, day, place and words ("Haitian police delivered 300 aid trucks in Mirebalais
on June 13" / "300 aid trucks were brought in by the Viv Ansanm coalition in Mirebalais on June
13").

The anchor (`anchor.anchor_floor`: the same figure on the same day is one fact) reads figures,
days and places, not actors, and the words of two such siblings are mostly shared. Only named
doers count: the subject of an active verb or a passive's "by" phrase (`roles.roles`) holding a
name - a capitalised word that is not the claim's first, a known actor or country, or a first
word that is a people's name ("Haitian", "Congolese") or holds a digit ("M23"). The claim's
place is no doer ("In Tobruk, 300 people fled"). Generic doers of one kind ("officials", "troops"),
an acronym the other claim spells out ("the PNH" / "Haitian National Police") and names alike enough to be
one name transliterated ("Gaddafi" / "Qadhafi") never tell two actors apart: an actor the tables
do not know must not split one fact. Two kinds of armed men do, named or not: a state's soldiers,
armed groups, police ("the army" / "rebels": `_DOER_KINDS`, helper gen7). So do two offices of
state ("the army chief" / "the finance minister": `language.actors.OFFICES`, helper offices); one
office of two countries is told apart by the countries' names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, utils

from workbench.core.extract.attribution import MAX_FRAMED, Frame, find_frame
from workbench.core.figures.shouting import headline
from workbench.core.language.actors import (
    FORCE_KINDS,
    GOVERNMENT_WORDS,
    INTERNATIONAL_BODIES,
    OFFICES,
    ORGANISATIONS,
    SHORT_NAMED_BODIES,
    un_family,
)
from workbench.core.language.kinds import MEMBERS_OF, kind_words
from workbench.core.match.another_name import (
    SWAP_VARIANT_RATIO,
    actor_tokens,
    country_tokens,
    kind_of,
    people_tokens,
)
from workbench.core.match.based import BASED_TOKEN, based_apart, based_tokens
from workbench.core.match.bloc_voices import bloc_against_other
from workbench.core.match.head_states import states_of_heads
from workbench.core.match.inside_names import country_name_tokens, names_inside_names
from workbench.core.match.knowledge import NOT_NAMES, actor_token, rewrite, rewritten
from workbench.core.match.negated_states import StateMarks, state_reading
from workbench.core.match.normalize import Normalized, normalize
from workbench.core.match.opposites import (
    described_acts,
    gain_and_loss,
    opposite_of,
    opposite_outcome,
    outcome_acts,
    two_sides,
)
from workbench.core.match.place_names import is_people_name, same_name
from workbench.core.match.roles import roles
from workbench.core.text_caches import text_cache

#: Two name tokens sharing this many first letters are one name in two forms ("russian" /
#: "russia", "tigrayan" / "tigray"): never two actors.
SHARED_PREFIX = 5
#: An all-capitals word of up to this length is an acronym, which may stand for the other claim's actor.
_ACRONYM_MAX = 6
_ACRONYM = re.compile(rf"\b[A-Z]{{2,{_ACRONYM_MAX}}}s?\b")
#: A wire tag or dateline opening the text ("(Reuters) - ", "KANDAHAR, June 13 (AP) - ") and a
#: tag in brackets anywhere: the outlet, never the doer.
_TAGS = re.compile(r"^[^-\u2013\u2014]{0,60}?\s[-\u2013\u2014]{1,2}\s|\([^()]{0,40}\)")
#: Verbs of saying and judging left in a claim's wording ("the UN condemned the militia's
#: killing of ...", "... was confirmed by local officials"): their subject says or judges the act,
#: it did not do it, so such a claim's doer is not read; not in the doer's relative clause ("ordered
#: by the head of state, who said a new vote was needed": said besides his act; helper dupa109).
JUDGING = re.compile(r"(?<!\bwho\s)(?<!\bwho\s\s)\b(?:condemn|confirm|report|welcom|denounc|critici|prais|announc|said|say|claim|accus|blam"
                      r"|warn|urg|deni|deny|verifi|document|record|describ|decr|deplor|question|dismiss"
                      # (calling a strike is an act: "the BNP called a general strike")
                      r"|call(?!\w*\s+(?:for\s+)?an?\s+(?:[\w-]+\s+){0,2}strike))",
                      re.I)
#: A name joined by hyphens, a capital after the last ("Jamaat-e-Islami", "Tehreek-e-Insaf",
#: "al-Shabaab" is "al-" and a capital): a name even as a claim's first word, unless its first part
#: is a prefix or a compass point ("Pro-Russian", "North-East").
_HYPHENATED_NAME = re.compile(r"^[A-Z][a-z']+(?:-[a-z]{1,3})*-[A-Z][\w']+$")
_NOT_NAME_PARTS = frozenset(["pro", "anti", "non", "ex", "post", "pre", "mid", "neo", "pan", "trans", "cross",
                             "inter", "sub", "co", "self", "north", "south", "east", "west", "central", "upper",
                             "lower", "greater", "all", "multi", "semi", "sino", "afro", "euro"])

#: A commander named for the force he leads ("Hemedti's fighters", "troops loyal to Abdel Fattah
#: al-Burhan", "forces led by Khalifa Haftar"): the name says whose forces, not which force, and
#: the other claim may name that force ("the RSF", "the Sudanese army"), so it never tells two
#: doers apart (the force's own name still does).
_COMMANDER = re.compile(r"\b(?:loyal to|led by|commanded by|under the command of)\s+"
                        r"((?:(?:[A-Z][\w'\u2019-]*|al|el|bin|ibn|abu|de|van)\s*){1,6})"
                        r"|\b([A-Z][\w-]*)['\u2019]s\s+(?=[A-Za-z])")


@text_cache()
def _commander_tokens(text: str) -> frozenset[str]:
    """The name tokens of the commanders a text names its forces by (`_COMMANDER`)."""
    return frozenset(t for m in _COMMANDER.finditer(text) for t in normalize(m.group(1) or m.group(2)).tokens)


@text_cache()
def _first_word_names(text: str) -> frozenset[str]:
    """The text's first word as a name token, when it is one for sure: a people's name of a known
    country or a word with a digit ("M23 rebels"); empty otherwise ("Gangs", "Officials")."""
    words = _TAGS.sub(" ", text).split()
    if not words:
        return frozenset()
    first = words[0].strip("\"'“‘(,.:;")
    tokens = normalize(first).tokens if first[:1].isupper() else []
    if any(ch.isdigit() for ch in first) and any(ch.isalpha() for ch in first) or is_people_name(first) \
            or tokens and all(t in country_tokens() for t in tokens) \
            or _HYPHENATED_NAME.match(first) and first.split("-")[0].lower() not in _NOT_NAME_PARTS \
            or _ACRONYM.fullmatch(first) and not headline(text):
        return frozenset(normalize(first).tokens)
    return frozenset()


@text_cache()
def _first_tokens(text: str) -> frozenset[str]:
    """The tokens of the text's first word after any wire tag (capitalised for being first:
    "Armed gangs", "(Reuters) - Monitors counted")."""
    words = _TAGS.sub(" ", text).split()
    return frozenset(normalize(words[0]).tokens) if words else frozenset()


@text_cache()
def _lowercase_tokens(text: str) -> frozenset[str]:
    """The tokens of the text's words written in lower case: such a word is no name even where it
    is capitalised in another name ("the stock closed ... on the Nasdaq Stock Market")."""
    return frozenset(normalize(" ".join(w for w in text.split() if w[:1].islower())).tokens)


@text_cache()
def _tag_tokens(text: str) -> frozenset[str]:
    """The tokens of the text's wire tags and dateline (`_TAGS`)."""
    return frozenset(t for m in _TAGS.finditer(text) for t in normalize(m.group(0)).tokens)


@lru_cache(maxsize=1024)
def _place_tokens(place: str | None) -> frozenset[str]:
    return frozenset(normalize(place).tokens) if place else frozenset()


def doer_names(written: str, norm: Normalized, surface: str, place: str | None) -> frozenset[str] | None:
    """The name tokens of a claim's doer (an acronym too: "the BNP" / "Jamaat-e-Islami"). `written`: the
    claim's reported wording after the knowledge rewrite, as written; `surface`: the same as
    `roles` reads it; `norm`: the claim's normal form; `place`: its place (`one_place`). Empty when
    no doer is read or it names no one."""
    if JUDGING.search(surface):
        return frozenset()
    read = roles(surface)
    if read is None:
        return frozenset()
    # a headline capitalises every word: only known actors, a first-word people's name and the
    # doer's kind are read ("INSURGENTS FIRE 15 ROCKETS" / "MOZAMBICAN TROOPS FIRE 15 ROCKETS")
    proper = set() if headline(written) else set(norm.proper)
    known = proper - _first_tokens(written) - _lowercase_tokens(written) | _first_word_names(written)
    # a country or a known organisation before "'s" owns what follows ("Kenya's currency", "Russia's
    # army"): it is named, no commander standing for his force (helper precision20k)
    outside = _place_tokens(place) | _tag_tokens(written) | NOT_NAMES | (_commander_tokens(written) - actor_tokens())
    if BASED_TOKEN in norm.tokens:  # "the Washington-based lender": no act of Washington (`based`)
        outside |= based_tokens(written)
    names = frozenset(t for t in read[0] if (t in known or t in actor_tokens()) and t not in outside)
    # the doer's kind ("the army", "rebels", "militiamen"), kept as a pseudo-token "<soldiers>"
    kinds = frozenset(f"<{k}>" for k in map(kind_of, read[0]) if k in _DOER_KINDS)
    kinds |= {f"<{_force_kinds()[t]}>" for t in read[0] if t in _force_kinds()}
    office = _office(read[0])
    if office is not None:
        kinds |= {f"{_OFFICE}{office}>"}
    kinds |= _bodies_of(read[0])
    acronyms = names & acronyms_of(written)  # (one the other claim spells out is no other doer: `_spelt_out`)
    if acronyms and _acronym_unknown(acronyms):
        return names | kinds | {_ACRONYM_MARK}
    # a known acronym may be the other claim's actor in other words, unless a body of many states
    # outside the UN ("the IMF" / "the World Bank": `_bodies`)
    return kinds | (names & _bodies()) if acronyms else names | kinds


@lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    """The tokens of the bodies of many states outside the UN family (`actors.INTERNATIONAL_BODIES`,
    `un_family`; not `SHORT_NAMED_BODIES`), as `rewrite` writes them: each is its own actor ("imf", "nato")."""
    return frozenset(_body_words())


@lru_cache(maxsize=1)
def _body_words() -> dict[str, frozenset[str]]:
    """{each body's token (`_bodies`, as `rewrite` writes it): the tokens of its names as written out
    (`ORGANISATIONS`)}: a claim may name a body by words of its long name ("ECOWAS" / "West African
    leaders", from "West African bloc"), which tell of the same actor, not another."""
    out: dict[str, frozenset[str]] = {}
    for name in INTERNATIONAL_BODIES - SHORT_NAMED_BODIES:
        if un_family(name):
            continue
        words = frozenset(t for w in (name, *ORGANISATIONS.get(name, ())) for t in normalize(w).tokens)
        for token in normalize(actor_token(name)).tokens:
            out[token] = out.get(token, frozenset()) | words
    return out


def _told_by_its_words(body: set[str], other: set[str]) -> bool:
    """Whether `body` is bodies' tokens only and `other` only words of their long names."""
    words = _body_words()
    return bool(body) and body <= words.keys() and other <= frozenset().union(*(words[t] for t in body))


@lru_cache(maxsize=1)
def _force_kinds() -> dict[str, str]:
    """{an organisation's token, as `rewrite` writes its names: the kind of armed men it is}
    (`language.actors.FORCE_KINDS`)."""
    return {t: kind for name, kind in FORCE_KINDS.items() for t in normalize(actor_token(name)).tokens}


#: How an office is kept among a doer's names: "<office:prime minister>".
_OFFICE = "<office:"


@lru_cache(maxsize=1)
def _office_wordings() -> tuple[tuple[frozenset[str], str], ...]:
    """Each office wording's tokens, as a claim's doer is read (`knowledge.rewrite`: "UN envoy" is
    "unitednations ambassador"), and its office (`OFFICES`, by first wording), longest first."""
    pairs = [(frozenset(normalize(utils.default_process(rewrite(w)[0])).tokens), group[0])
             for group in OFFICES for w in group]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@text_cache()  # doers repeat ("the army"); each asks every office wording
def _office(doer: frozenset[str]) -> str | None:
    """The office a doer's tokens name ("army chief", not "chief"), or None."""
    return next((office for words, office in _office_wordings() if words <= doer), None)


#: How the body a doer is or acts through is kept among its names: "<of:courts>".
_BODY_OF = "<of:"


@lru_cache(maxsize=1)
def _body_wordings() -> tuple[tuple[frozenset[str], str], ...]:
    """Each wording of a body and of its members (`language.kinds.MEMBERS_OF`), as a doer is read,
    and the body's kind, longest first: "national assembly" and "deputies" are parliaments'."""
    words = kind_words()
    pairs = [(frozenset(normalize(utils.default_process(rewrite(w)[0])).tokens), kind)
             for kind, members in MEMBERS_OF.items() for w in (*words.get(kind, ()), *members)]
    return tuple(sorted((p for p in pairs if p[0]), key=lambda p: -len(p[0])))


@text_cache()
def _bodies_of(doer: frozenset[str]) -> frozenset[str]:
    """The kinds of body a doer's tokens name or name the members of ("<of:parliaments>")."""
    return frozenset(f"{_BODY_OF}{kind}>" for words, kind in _body_wordings() if words <= doer)


#: Kinds of armed men a doer is named by: a state's forces and armed groups against it are two
#: actors ("the army detained 75 aid workers" / "rebels detained 75 aid workers"); police too.
_DOER_KINDS = frozenset(["soldiers", "militants", "police", "criminals"])
#: Two kinds a plain word may blur: "gunmen" (read as militants) may be a gang's pirates, but a
#: named armed group ("Abu Sayyaf") is no gang (helper pairsnot6).
_BLURRED = frozenset(["<militants>", "<criminals>"])


def _present(token: str, tokens: frozenset[str]) -> bool:
    """Whether a name token is in the other claim: spelt the same, transliterated ("qadhafi" /
    "gaddafi"), or another form of one word ("russian" / "russia"). Two known countries or peoples
    are never one name, however alike they are written ("belarusian" / "russian", "austrian" /
    "australian")."""
    if token in tokens:
        return True
    known, countries = actor_tokens(), country_tokens()
    country = countries.get(token)
    return any(len(t) >= 4 and not (token in known and t in known)
               and not (country is not None and countries.get(t, country) != country) and (t[:SHARED_PREFIX] == token[:SHARED_PREFIX] and len(token) >= SHARED_PREFIX
                                or fuzz.ratio(token, t) >= SWAP_VARIANT_RATIO or same_name(token, t))
               for t in tokens)


@text_cache()
def acronyms_of(text: str) -> frozenset[str]:
    """The text's acronyms as tokens ("PNH" -> "pnh")."""
    return frozenset(t for m in _ACRONYM.finditer(text) for t in normalize(m.group(0).rstrip("s")).tokens)


#: Kept among a doer's names when they hold an acronym no table knows (`_other_named_doer`).
_ACRONYM_MARK = "<acronym>"
#: Acronyms of bodies and states that open the acronyms of their parts ("UNIFIL", "EUFOR", "USAID").
_PART_OF = ("un", "eu", "au", "us", "uk")


def _acronym_unknown(acronyms: frozenset[str]) -> bool:
    """Whether a doer's acronyms are all unknown to the tables and none opens with a body's or a
    state's ("the BNP", "the PTI"): a party or group's own name. A known one ("UNHCR", "JNIM") or a
    part of a body ("UNIFIL" / "the UN") may be the other claim's actor in other words."""
    return not any(a in actor_tokens() or a.startswith(_PART_OF) for a in acronyms)


def _acronym_for(names: frozenset[str] | None, others: frozenset[str] | None) -> bool:
    """Whether a doer named by an unknown acronym may be the other doer: a force or body named there
    by its kind or its state ("the ENDF" / "Ethiopian troops", "the PNH" / "Haitian police")."""
    if not names or _ACRONYM_MARK not in names or not others:
        return False
    _, kinds, rest = _doer_parts(others)
    return bool(kinds) or bool(rest) and rest <= country_tokens().keys()


def _spelt_out(token: str, tokens: frozenset[str]) -> bool:
    """Whether a short name may be an acronym of words the other claim writes ("pnh" / "Haitian
    National Police", in any order): its letters are all initials there."""
    return len(token) <= _ACRONYM_MAX and token.isalpha() and set(token) <= {t[0] for t in tokens}


def _two_countries(only_a: set[str], only_b: set[str]) -> bool:
    """Whether each side's names are all countries or their peoples' names, and no country is in
    both ("US warplanes" / "British warplanes"; not "Britain" / "British forces")."""
    by_name = country_tokens()
    if not only_a <= by_name.keys() or not only_b <= by_name.keys():
        return False
    return not {by_name[t] for t in only_a} & {by_name[t] for t in only_b}


def other_doer(names_a: frozenset[str] | None, names_b: frozenset[str] | None,
               tokens_a: frozenset[str], tokens_b: frozenset[str],
               places: tuple[str | None, str | None] | None = None,
               heads: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> str | None:
    """'another doer: x / y' when each claim's doer is named (`doer_names`) and neither doer's
    names occur anywhere in the other claim (`tokens_*`: each claim's normalised tokens); with
    `places` (the places each reads), also 'another country' (`other_country`; a state named only as
    the state of a head the other claim names, `heads`, is left out: `head_states`). None otherwise, and
    when one doer took the ground the other lost (`opposites.two_sides`: "al-Shabaab seized
    three villages" / "the army lost three villages" are two sides of one act, as "police arrested
    him" / "he escaped arrest" are)."""
    apart = _other_named_doer(names_a, names_b, tokens_a, tokens_b) or (
        other_country(*places, tokens_a - heads[0], tokens_b - heads[1]) if places is not None else None)
    if apart and two_sides(opposite_outcome(sorted(tokens_a), sorted(tokens_b))):
        return None
    return apart


#: A claim's `outcome_tokens`: its tokens outside names, their outcome acts, its state marks.
Outcomes = tuple[list[str], frozenset[str], StateMarks]
#: One claim as `outcome_opposed` reads it: its `outcome_tokens`, doers and view tokens.
_Told = tuple[Outcomes, "frozenset[str] | None", frozenset[str]]


def outcome_tokens(text: str, norm: Normalized) -> Outcomes:
    """A claim's tokens without the words of a name capitalised inside the sentence ("the
    Protection and Return Monitoring Network said ..." tells no return; a headline's capitals
    name nothing: `headline`), their `opposites.outcome_acts`, and its `negated_states.state_reading`
    ("illegally", "no longer in danger", "still in danger"): read once per claim. The marks are
    kept apart from the acts because they hold the claim's words as written, which only
    `state_opposed` reads; in the acts every per-pair reader of outcomes would walk them."""
    tokens = norm.tokens if headline(text) else [t for t in norm.tokens if t not in norm.proper]
    acts = outcome_acts(tokens, norm.words)
    if described := {t for t in described_acts(text) if tokens.count(t) == 1}:  # "the severed cable"
        acts -= described
    return tokens, acts, state_reading(text)


def outcome_opposed(a: _Told, b: _Told) -> str | None:
    """`opposites.opposite_outcome` of two claims, read outside names (`outcome_tokens`), unless it is
    ground taken against ground lost told by two doers (`other_doer`): two sides of one act."""
    ((told_a, acts_a, marks_a), doers_a, tokens_a), ((told_b, acts_b, marks_b), doers_b, tokens_b) = a, b
    reason = opposite_of((told_a, acts_a), (told_b, acts_b), (marks_a, marks_b))
    if gain_and_loss(reason) and _other_named_doer(doers_a, doers_b, tokens_a, tokens_b):
        return None
    return reason


@text_cache()  # a claim's doers are one set, met in each of its pairs
def _doer_parts(names: frozenset[str] | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A doer's names as (offices of state, kinds of doer, the other names)."""
    offices = frozenset(t for t in names or () if t.startswith(_OFFICE))
    kinds = frozenset(t for t in names or () if t.startswith("<") and t not in offices and t != _ACRONYM_MARK
                      and not t.startswith(_BODY_OF))
    return offices, kinds, frozenset(t for t in names or () if not t.startswith("<"))


def _other_named_doer(names_a: frozenset[str] | None, names_b: frozenset[str] | None,
                      tokens_a: frozenset[str], tokens_b: frozenset[str]) -> str | None:
    """`other_doer` of the doers' names."""
    if _acronym_for(names_a, names_b) or _acronym_for(names_b, names_a):
        return None
    if any(t.startswith(_BODY_OF) and t in (names_b or ()) for t in names_a or ()):
        return None  # a body and its members ("The National Assembly" / "French deputies"): one doer
    # (an acronym the other claim spells out is no other doer: asked only of a doer holding one)
    spell_a, spell_b = _ACRONYM_MARK in (names_a or ()), _ACRONYM_MARK in (names_b or ())
    (offices_a, kinds_a, names_a), (offices_b, kinds_b, names_b) = _doer_parts(names_a), _doer_parts(names_b)
    if offices_a and offices_b and not offices_a & offices_b:
        return f"another doer: {min(offices_a)[len(_OFFICE):-1]} / {min(offices_b)[len(_OFFICE):-1]}"
    if kinds_a and kinds_b and not kinds_a & kinds_b and not (
            kinds_a | kinds_b == _BLURRED and not (names_a if "<militants>" in kinds_a else names_b)):
        return f"another doer: {', '.join(sorted(k.strip('<>') for k in kinds_a))} / " \
               f"{', '.join(sorted(k.strip('<>') for k in kinds_b))}"
    if not names_a or not names_b:
        return None
    only_a = {t for t in names_a if not (_present(t, tokens_b) or spell_a and _spelt_out(t, tokens_b))}
    only_b = {t for t in names_b if not (_present(t, tokens_a) or spell_b and _spelt_out(t, tokens_a))}
    if not only_a or not only_b or any(_present(t, names_b) for t in names_a):
        return None
    if _told_by_its_words(only_a, only_b) or _told_by_its_words(only_b, only_a):
        return None  # "ECOWAS" / "West African leaders": the body named by words of its long name
    countries_a, countries_b = bool(only_a & country_name_tokens()), bool(only_b & country_name_tokens())
    if countries_a and only_b & _bodies() or countries_b and only_a & _bodies():
        pass  # a state and a body of many states ("France" / "the World Bank suspended budget support")
    elif countries_a != countries_b and not _two_countries(only_a, only_b):
        return None  # a country against a name that may be its people's ("Britain" / "British forces")
    peoples = people_tokens()
    if (only_a <= peoples) != (only_b <= peoples):
        return None  # a people describing a group against the group's name ("Arab militias" / "the Janjaweed")
    return f"another doer: {', '.join(sorted(only_a))} / {', '.join(sorted(only_b))}"


def other_country(place_a: str | None, place_b: str | None, tokens_a: frozenset[str], tokens_b: frozenset[str]
                  ) -> str | None:
    """'another country: egypt / kenya' when neither claim reads a place and each names a country
    the other does not name at all ("a hike of Egypt's key rate" / "of Kenya's key rate", "bonds
    sold by Nigeria" / "the government of Egypt sold bonds"): the country stands for the place,
    and two are two facts, however alike the rest. By name only: a people's name may be whom it
    was done to ("the Indian Navy took 23 Somali" / "the Navy nabbed 23")."""
    if place_a is not None or place_b is not None:
        return None
    ca, cb = tokens_a & country_name_tokens(), tokens_b & country_name_tokens()
    by_people = country_tokens()  # a country named in the other by its people's name is named there
    ca, cb = ca - {by_people.get(t) for t in tokens_b}, cb - {by_people.get(t) for t in tokens_a}
    if not ca or not cb or ca & cb:
        return None
    return f"another country: {', '.join(sorted(ca))} / {', '.join(sorted(cb))}"


def same_doer(doers_a: frozenset[str] | None, doers_b: frozenset[str] | None,
              names_a: Sequence[str], names_b: Sequence[str],
              written: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> bool:
    """Whether two claims name the same doer by name (not only a kind of doer, "<militants>": "the
    rebels"), or name the same names and no others ("$3bn in eurobonds were issued by Pakistan" /
    "Pakistan sold $3 billion in bonds"): in claims naming no place, what stands for it. Given the
    claims' `place_names.names_written` (`written`), the names of one all among the other's will
    do ("Congress voted down ..." / "... was rejected by Peru's Congress": a first word the other
    writes as a name is one), unless two named doers differ."""
    named = {d for d in doers_a or () if not d.startswith("<")}
    if named and doers_a == doers_b:
        return True
    sa, sb = set(names_a), set(names_b)
    if not written[0] and not written[1]:  # the same names and no others (`same_place.places_alike`)
        return bool(sa) and sa == sb
    if named and any(not d.startswith("<") for d in doers_b or ()):
        return False  # two named doers ("France" / "the World Bank suspended budget support")
    sa, sb = sa | (written[0] & sb), sb | (written[1] & sa)
    return bool(sa) and bool(sb) and (sa <= sb or sb <= sa)


# -- who said it ----------------------------------------------------------------------------------

#: A sayer opening the claim before a verb of saying or of asking others to act ("Beijing has urged
#: the junta to ...", "The US embassy urged its citizens to ..."): `find_frame` reads reports only.
#: Verbs of saying only, not all of `REPORT_VERBS`: "The German frigate responded to a call" is an act.
_OPENING_SAYER = re.compile(r"^(?P<spk>(?:[\w'\u2019.-]+\s+){0,4}?[\w'\u2019.-]+)\s+(?:has\s+|have\s+|had\s+)?"
                            r"(?:said|says|told|tells|stated|declared|announced|warned|claimed|insisted|urged|urges"
                            r"|called\s+(?:on|for)|calls\s+(?:on|for)|appealed\s+(?:to|for)|asked|demanded"
                            # a statement's act: its subject speaks ("ECOWAS called for restraint")
                            r"|condemned|condemns|welcomed|welcomes|denounced|denounces)\b")
#: A sayer telling of its own act ("the Tripoli government's forces said they had rescued 40
#: migrants"): the doer, which `other_doer` reads; another claim may report that act in another's
#: words ("..., UNSMIL said"), one fact (the ledger generator's families).
_SELF_REPORT = re.compile(r"\b(?:said|says|claimed|claims|announced|stated)\s+(?:that\s+)?(?:it|they|its|their)\b",
                          re.I)
#: How an international body is kept among voices ("<body>unitednation").
_BODY = "<body>"


@lru_cache(maxsize=1)
def _voice_of() -> dict[str, str]:
    """{a token naming a state (its name or its people's, as `rewrite` writes them) or an
    international body (`INTERNATIONAL_BODIES`): the voice it names}."""
    out = {t: t for t in country_name_tokens()} | country_tokens()
    for body in INTERNATIONAL_BODIES:
        out.update((t, _BODY + t) for t in normalize(actor_token(body)).tokens)
    return out


@lru_cache(maxsize=1)
def _un_voices() -> frozenset[str]:
    """The voice of the UN itself, which any of its agencies and missions may speak for."""
    return frozenset(_BODY + t for t in normalize(actor_token("United Nations")).tokens)


@text_cache()
def voices_named(words: str) -> frozenset[str]:
    """The states and international bodies words name ("Kyiv" and "Ukrainian officials": ukraine)."""
    voice_of = _voice_of()
    return frozenset(voice_of[t] for t in normalize(rewritten(words)[0]).tokens if t in voice_of)


@lru_cache(maxsize=1)
def _government_tokens() -> frozenset[str]:
    return frozenset(t for w in GOVERNMENT_WORDS for t in normalize(w).tokens)


@text_cache()
def _speaking_voices(speaker: str) -> frozenset[str]:
    """The voices a speaker names (`_voices`): international bodies, and states when the speaker is
    the state itself ("Romania", "Kyiv") or speaks through its government (`actors.GOVERNMENT_WORDS`)."""
    voices = voices_named(speaker)
    rest = set(normalize(rewritten(speaker)[0]).tokens) - _voice_of().keys()
    if rest and not rest & _government_tokens() and _office(frozenset(rest)) is None:
        voices = frozenset(v for v in voices if v.startswith(_BODY))
    return voices


@text_cache()
def sayer_voices(text: str) -> frozenset[str]:
    """The states and international bodies a claim's sayer names: the reporting frame's speaker
    ("Romania said ...", "..., the UN said"), else an opening subject of saying or asking ("Beijing
    has urged ..."). Empty for unnamed sayers ("officials said", "the ministry said")."""
    return frozenset() if _SELF_REPORT.search(text) else _speaker_voices(text)


@text_cache()
def self_reporter_voices(text: str) -> frozenset[str]:
    """The states and bodies a sayer telling of its own act names ("Iran said it struck militant
    bases ..."): that act's doer (`_SELF_REPORT`); empty for any other claim."""
    return _speaker_voices(text) if _SELF_REPORT.search(text) else frozenset()


def _speaker_voices(text: str) -> frozenset[str]:
    speaker = frame_of(text).speaker if len(text) <= MAX_FRAMED else None
    if speaker is None and (m := _OPENING_SAYER.match(text.strip())):
        speaker = m.group("spk")
    return _speaking_voices(speaker) if speaker else frozenset()


@lru_cache(maxsize=64)  # found for a claim's surface (`claim_view.reported`), then for its sayer
def frame_of(text: str) -> Frame:
    """`find_frame` of a text, kept for the next reading of the same claim (read only, never changed)."""
    return find_frame(text)


def other_sayer(a: str, b: str) -> str | None:
    """'another sayer: x / y' when the two claims' sayers name states or international bodies
    (`sayer_voices`), none shared nor named anywhere in the other claim (`voices_named`), and not only
    bodies (a UN agency may speak for the UN): the same words said by another government are another
    statement ("Romania said a drone fragment landed on its territory" / "Moldova said ...")."""
    return sayers_apart((sayer_voices(a), voices_named(a)), (sayer_voices(b), voices_named(b)))


def sayers_apart(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """`other_sayer` of each claim's (sayer's voices, voices named), read before (`claim_readings`);
    the voices named are read only when both sayers name one."""
    (voices_a, named_a), (voices_b, named_b) = a, b
    if not voices_a or not voices_b or voices_a & (voices_b | named_b) or voices_b & named_a:
        return None
    if all(v.startswith(_BODY) for v in voices_a | voices_b) and (voices_a | voices_b) & _un_voices() \
            and not bloc_against_other(voices_a, voices_b, _BODY):  # (a bloc of states never speaks for the UN)
        return None  # a UN agency may speak for the UN; two other bodies ("ECOWAS" / "the AU", "IOM" / "UNHCR") are two voices
    shown = [", ".join(sorted(v.removeprefix(_BODY) for v in side)) for side in (voices_a, voices_b)]
    return f"another sayer: {shown[0]} / {shown[1]}"


def doers_apart(a: str, b: str, va: Any, vb: Any) -> str | None:
    """Why two claims (texts, `claim_view.claim_view`s) are told by two doers or sayers, or None:
    another named doer (`other_doer`; a name inside the waters' name is no mention: "N'Djamena
    has sent troops to Lake Chad" / "Yaounde has sent ..."), else another government or body
    saying it (`sayers_apart` of the claims' `claim_readings`)."""
    ra, rb = va.readings, vb.readings
    wa, wb = names_inside_names(a), names_inside_names(b)
    # two sayers first: "Romania said ..." / "Moldova said ..." name two countries too (`other_country`)
    return (sayers_apart((ra.sayer, ra.voices), (rb.sayer, rb.voices))
            or other_doer(va.doers, vb.doers, va.tokens - wa if wa else va.tokens, vb.tokens - wb if wb else vb.tokens,
                          (va.place, vb.place), (states_of_heads(va.rewritten, vb.tokens), states_of_heads(vb.rewritten, va.tokens)))
            or _self_reporters_apart(ra.self_reporter, rb.self_reporter, va.tokens, vb.tokens)
            or based_apart(va.roles_wording, vb.roles_wording, va.tokens, vb.tokens))


def _self_reporters_apart(a: frozenset[str], b: frozenset[str], tokens_a: frozenset[str], tokens_b: frozenset[str]
                          ) -> str | None:
    """'another doer: iran / pakistan' when each claim is a sayer telling of its own act
    (`self_reporter_voices`) and the two sayers share no state or body: two doers, though each
    names the other as the place it struck ("Iran said it struck ... inside Pakistan" / "Pakistan
    said it carried out strikes ... inside Iran"). Ground one took and the other lost is one act
    (`opposites.gain_and_loss`)."""
    if not a or not b or a & b or gain_and_loss(opposite_outcome(sorted(tokens_a), sorted(tokens_b))):
        return None
    return f"another doer: {', '.join(sorted(a))} / {', '.join(sorted(b))}"
