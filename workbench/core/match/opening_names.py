"""Two one-word names opening one act: "Guillaume greeted crowds from the balcony" / "Henri greeted
crowds from the balcony", "Trump signed the order at the White House" / "Biden signed the order at the
White House" are two people, two facts (sets 161-164, helper not161a).

A claim's first word is capitalised for being first, so `doers.doer_names` reads it as a name only
when the tables know it (a country, an organisation, a people) and `leading_names` only when the name
is two words or more or a known actor: a bare surname or given name opening a claim was read as no
name at all, and a pair whose only unshared words were the two names was called one fact. Here a
claim opening with one capitalised word straight before a lower-case word (its verb), when that word
is all the claims do not share, is read as naming its doer: two such words are two doers, unless

- either word is a common noun the tables know: a kind ("Police", "Rebels", "Inflation"), a word of
  government ("Cabinet"), a title ("President"), a word that names no one (`knowledge.NOT_NAMES`);
- either looks like a plural ("Lawmakers", "Officials": the stem drops a final s), which a name
  opening a claim seldom is, or a gerund ("Shooting erupted" / "Gunfire broke out");
- the word after it is a verb of being ("Blasphemy is punishable": a common noun capitalised for
  opening the claim; people said to be one thing are `copula_names`');
- the word after it is a name's particle ("Mohammed al Maliki", "Charles de Gaulle": `initials.NAME_PARTICLES`);
- the word after it says or judges (`doers.JUDGING`: "Erdogan said ..." / "Fidan said ..."): a sayer,
  which `doers.sayers_apart` and `named_sayers` read, and two voices of one state may tell one stance;
- either is a known actor (a country, an organisation: `doers` reads those already);
- the two are one name spelt two ways ("Zelensky" / "Zelenskiy": `SWAP_VARIANT_RATIO`, `same_name`);
- the claim is a headline (every word capitalised).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from workbench.core.figures.shouting import headline
from workbench.core.language.actors import GOVERNMENT_WORDS, OFFICES
from workbench.core.language.initials import NAME_PARTICLES
from workbench.core.language.people import PERSON_NOUNS, TITLES
from workbench.core.match.another_name import (
    SWAP_VARIANT_RATIO,
    actor_tokens,
    country_tokens,
    kind_of,
    people_tokens,
)
from workbench.core.match.doers import JUDGING
from workbench.core.match.knowledge import NOT_NAMES
from workbench.core.match.normalize import normalize
from workbench.core.match.place_names import same_name
from workbench.core.text_caches import text_cache

#: A claim opening with one capitalised word (a name's letters, no digit, not all capitals) and a
#: lower-case word after it, whole ("al-Maliki" goes on with the name).
_OPENING = re.compile(r"[\"'\u201c\u2018]?([A-Z][a-z\u00e0-\u00ff][\w\u00c0-\u00ff'\u2019-]*)\s+([a-z]+)(?![\w'\u2019-])")


#: A verb of being after the opening word: the word is more often a common noun said to be something
#: ("Blasphemy is punishable by death") than a name doing an act; people said to be one thing are
#: `copula_names`' (stop 53, at the merge).
_COPULAS = frozenset({"is", "was", "are", "were"})


@lru_cache(maxsize=1)
def _common_tokens() -> frozenset[str]:
    """Tokens of words the tables know as common nouns of people or of government: no name."""
    words = {w for wording in GOVERNMENT_WORDS for w in wording.split()} | {t.lower() for t in TITLES} | set(PERSON_NOUNS)
    words |= {w for wordings in OFFICES for wording in wordings for w in wording.split()}
    return frozenset(t for w in words for t in normalize(w).tokens) | NOT_NAMES


@text_cache()
def opening_name(text: str) -> str | None:
    """The normalised token of the one-word name a claim opens with (`_OPENING`), or None: a common
    noun, a plural, a known actor or a headline is none (see the module)."""
    m = _OPENING.match(text)
    if m is None or headline(text):
        return None
    word = m.group(1)
    tokens = normalize(word).tokens
    if len(tokens) != 1:
        return None
    token = tokens[0]
    if word.lower().endswith("s") and not token.endswith("s") or word.endswith("ing"):
        return None  # a plural ("Lawmakers", "Officials"), a gerund ("Shooting")
    if m.group(2) in NAME_PARTICLES:
        return None  # a name going on ("Mohammed al Maliki", "Charles de Gaulle")
    if m.group(2) in _COPULAS:
        return None  # a thing said to be something ("Blasphemy is punishable"): `copula_names` reads people
    if JUDGING.match(m.group(2)):
        return None  # a sayer ("Erdogan said ..." / "Fidan said ...": one stance, `doers.sayers_apart`)
    if kind_of(token) is not None or token in _common_tokens() or token in actor_tokens() \
            or token in country_tokens() or token in people_tokens():
        return None
    return token


def opening_names_apart(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'two names opening one act: x / y' when each claim opens with a one-word name (`opening_name`)
    and those names are the only tokens the claims do not share; None otherwise."""
    only_a, only_b = tokens[0] - tokens[1], tokens[1] - tokens[0]
    if len(only_a) != 1 or len(only_b) != 1:
        return None
    name_a, name_b = opening_name(texts[0]), opening_name(texts[1])
    if name_a is None or name_b is None or {name_a} != only_a or {name_b} != only_b:
        return None
    if fuzz.ratio(name_a, name_b) >= SWAP_VARIANT_RATIO or same_name(name_a, name_b):
        return None
    return f"two names opening one act: {name_a} / {name_b}"
