"""Two named people saying one thing: "Tuvalu's foreign minister Paulson Panapa said the treaty
respects Tuvalu's sovereignty" / "Tuvalu's prime minister Feliti Teo said the treaty respects ..."
are two statements. Who asserts a claim is part of what an analyst checks: the same words in two
people's mouths are two assertions, never one fact told twice.

`doers.sayers_apart` tells sayers apart only when they are states or international bodies, and
`named_judges` only people opening a claim with a verb of judging; a person's name in the reporting
frame (`attribution.find_frame`'s speaker, before or after the content) was left out of every reading
(`claim_view.reported`). Here the speaker is read for a person's name: the run of capitalised words
ending it, past any title ("Prime Minister", "opposition leader": `knowledge.NOT_NAMES` and
`surname_only`'s title words), two words or more, or one after a title ("President Santokhi"). Two
such people, neither named anywhere in the other claim, are two sayers.

A person named in full against a group of people saying it ("Melvin Theuma testified that ..." /
"Prosecutors said ..."): one person with no title is no group, and a group's member would be named
with its word ("prosecutor Jane Doe"), so they are two sayers too, when the group's word is not in
the other claim. Kept one fact: a claim with no sayer against one with a sayer ("Police said X" /
"X"), one person told by name and by title or family name alone ("Prime Minister Feliti Teo" /
"Teo", "the prime minister"), a body or a thing speaking ("the Petra news agency", "the Vatican"),
a country, a capital or a known actor ("Gitega", "the UN"), a group against a titled person
("officials" / "Interior Minister Arturo Reyes": the minister may be one of them), and two
spokespeople ("spokesman John Njoroge" / "spokesman Peter Ochieng": each tells one body's word,
`category_probes/full_name_doers.tsv`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from workbench.core.extract.attribution import MAX_FRAMED
from workbench.core.language.initials import BODY_WORDS
from workbench.core.language.people import ROLE_KIN
from workbench.core.match import knowledge
from workbench.core.match.another_name import actor_tokens, country_tokens
from workbench.core.match.doers import frame_of
from workbench.core.match.normalize import normalize
from workbench.core.match.surname_only import title_words
from workbench.core.text_caches import text_cache

_STRIP = ".,;:'\"()\u2018\u2019\u201c\u201d"
#: Words before a name run that make it a thing's or a place's name, no person's ("the White House",
#: "traders in Abeche", "the Conference of Rectors").
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "in", "of", "for", "at", "from", "without", "on"])
#: Titles written before a given name alone ("Sir John" for "Sir John Stevens", also "Mr Stevens"):
#: one name after them is no family name the other claim must write (MRPC train).
_GIVEN_NAME_TITLES = frozenset(["sir", "dame", "lord", "lady"])
#: The words of a spokesperson (`people.ROLE_KIN`).
_SPOKESPEOPLE = frozenset(ROLE_KIN["spokesperson"])
#: The verb of a witness: only a person testifies, so a name testifying is a person's, title or not.
_TESTIFIED = re.compile(r"\btestif(?:y|ies|ied|ying)\b")
#: The most words a group of sayers is told in ("state prosecutors", "local health officials").
_GROUP_MAX_WORDS = 3
#: Two name tokens this alike are one name spelt two ways ("zelensky" / "zelenskyy"); looser
#: matching (`another_name.SWAP_VARIANT_RATIO`) takes a name for a common word ("banda" / "bank").
_NAME_VARIANT_RATIO = 80


@lru_cache(maxsize=1)
def _not_people() -> frozenset[str]:
    """Tokens that name no person: titles, countries and their peoples, capitals, known actors."""
    countries = country_tokens()
    capitals = {t for capital in knowledge.CAPITALS for t in normalize(capital).tokens}
    return knowledge.NOT_NAMES | actor_tokens() | frozenset(countries) | frozenset(countries.values()) | frozenset(capitals)


def _speaker(text: str) -> str | None:
    return frame_of(text).speaker if len(text) <= MAX_FRAMED else None


@text_cache()
def sayer_person(text: str) -> tuple[frozenset[str], bool] | None:
    """(the name tokens of the person a claim's reporting frame names, whether a title comes before
    the name), or None when the sayer is no person so named: a name with no title is read only of
    one testifying (module docstring)."""
    speaker = _speaker(text)
    if not speaker:
        return None
    words = [w.strip(_STRIP) for w in speaker.split()]
    words = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in words if w]
    run: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        run.insert(0, w)
    before = words[:len(words) - len(run)]
    if not run or before and before[-1].lower() in _DETERMINERS or run[0] in ("The", "A", "An"):
        return None  # a thing named ("the Vatican", "The Kremlin")
    if any(w.lower() in _SPOKESPEOPLE for w in before):
        return None  # a spokesperson speaks for a body: two of its spokespeople tell its one word
    titles = title_words()
    titled = bool(before) and before[-1].lower() in titles
    honorific = False
    while run and (run[0].lower() in titles or run[0].lower() in knowledge.NOT_NAMES):
        run, titled, honorific = run[1:], True, run[0].lower() in _GIVEN_NAME_TITLES
    if any(w.lower() in titles for w in run):  # a title inside the run: the name follows the last one
        at = max(k for k, w in enumerate(run) if w.lower() in titles)
        run, titled = run[at + 1:], True
    if not titled and (before or len(run) > 3 or not _TESTIFIED.search(text[text.find(speaker) + len(speaker):])):
        return None  # untitled: a person only when testifying ("Costa Rica", "Amnesty International" say too)
    if not run or len(run) == 1 and (not titled or honorific) or any(w.isupper() or w.lower() in BODY_WORDS for w in run):
        return None
    tokens = frozenset(normalize(" ".join(run)).tokens)
    family = normalize(run[-1]).tokens
    if not tokens or not family or len(family[-1]) < 3 or family[-1] in _not_people() or tokens <= _not_people():
        return None
    return tokens, titled


@text_cache()
def sayer_group(text: str) -> frozenset[str] | None:
    """The tokens of a group of people a claim's frame names as its sayer, a plural noun of a few
    words with no name ("Prosecutors", "state prosecutors", "local officials"), or None."""
    speaker = _speaker(text)
    if not speaker:
        return None
    words = speaker.split()
    if len(words) > _GROUP_MAX_WORDS or any(w[:1].isupper() for w in words[1:]) or not words[-1].endswith("s") \
            or words[-1].endswith(("'s", "\u2019s", "ss")):
        return None
    tokens = frozenset(normalize(speaker).tokens)
    return tokens if tokens and not tokens & _not_people() else None


def _named_in(tokens: frozenset[str], other: frozenset[str]) -> bool:
    """Whether any of a name's tokens is among the other claim's tokens, spelt the same or nearly."""
    return any(t in other or any(len(o) >= 4 and fuzz.ratio(t, o) >= _NAME_VARIANT_RATIO for o in other)
               for t in tokens if len(t) >= 3)


def sayers_named_apart(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'another sayer: x / y' when each claim's frame names a person (`sayer_person`) named nowhere
    in the other claim, or one names a person with no title and the other a group of people
    (`sayer_group`) whose words the first claim does not write (`tokens`: each claim's normalised tokens)."""
    a, b = sayer_person(texts[0]), sayer_person(texts[1])
    if a is None and b is None:
        return None
    if a is not None and b is not None:
        if _named_in(a[0], tokens[1]) or _named_in(b[0], tokens[0]):
            return None
        return f"another sayer: {' '.join(sorted(a[0]))} / {' '.join(sorted(b[0]))}"
    person, group, own, others = (a, sayer_group(texts[1]), tokens[0], tokens[1]) if a is not None \
        else (b, sayer_group(texts[0]), tokens[1], tokens[0])
    if person is None or group is None or person[1] or _named_in(person[0], others) or group & own:
        return None
    return f"another sayer: {' '.join(sorted(person[0]))} / {' '.join(sorted(group))}"
