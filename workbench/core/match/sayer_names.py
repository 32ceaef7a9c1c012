"""Two bodies named as sayers: "STA Travel said it would stop selling tickets on ..." / "Virgin
Australia said it would stop using ... for staff travel", "Lufthansa said it would stop flying to
Tehran" / "Air France said ...". Two companies, groups or people each saying what it will do are
two statements, and most often two acts: whose word a claim is belongs to what a fact-checker checks.

`doers.sayers_apart` tells states and international bodies apart, `named_sayers` people named with
a title, and `doers.other_doer` two doers once the frame is left out; a company's name of common
words or with a country's ("STA Travel", "Virgin Australia") falls through them: its words may
be written in the other claim in lower case ("staff travel"), its initials read as the other's
words, or its country taken for the people of the other's. Here the sayer is read as written:
the whole speaker of the claim's reporting frame (`doers.frame_of`) with a verb of saying after
it (not "reported": two outlets reporting one fact tell one fact), every word capitalised, not
opening with an article, a title or a state's or known actor's name alone. Two such names that
share no word, neither among the other claim's capitalised words (`place_names.names_written`),
are two sayers.

Kept one sayer: a short name and a long one ("Qantas" / "Qantas Airways"), an acronym against a
name (one word in capitals: "SIA" / "Singapore Airlines"), a name against a description ("The
Australian carrier Qantas"), a country, a capital or a known body ("Brunei said", "the UN said":
`doers.sayers_apart` reads them), a sayer the other claim names anywhere as a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.extract.attribution import MAX_FRAMED
from workbench.core.language.stems import fold
from workbench.core.match import knowledge
from workbench.core.match.another_name import actor_tokens, country_tokens
from workbench.core.match.doers import frame_of
from workbench.core.match.normalize import normalize
from workbench.core.match.surname_only import title_words
from workbench.core.text_caches import text_cache

_STRIP = ".,;:'\"()\u2018\u2019\u201c\u201d"
#: A verb of saying after the name (a body's own word, not an outlet's report of others'), then
#: the sayer's own act, told by the pronoun standing for it ("said it would stop", "announced they had").
_SAYING_OWN = re.compile(r"\s*(?:said|says|announced|announces|stated|confirmed|confirms)\s+(?:that\s+)?"
                         r"(?:it|they|we|he|she)\s+\w")
#: The most words of a body's name read as one sayer ("Royal Brunei Airlines", "Human Rights Watch").
_MAX_WORDS = 4
_ARTICLES = frozenset(["The", "A", "An"])


@lru_cache(maxsize=1)
def _not_bodies() -> frozenset[str]:
    """Tokens whose names alone are a state's, its people's or a known actor's, or a title (other
    readers' business). Capitals are asked by their whole names (`_state_named`): a word of a
    capital of two ("Buenos Aires") is no state's name alone ("Air France")."""
    countries = country_tokens()
    return knowledge.NOT_NAMES | actor_tokens() | frozenset(countries) | frozenset(countries.values())


def _state_named(words: list[str]) -> bool:
    """Whether a name is a state's, a capital's or a known actor's, or a title (`_not_bodies`)."""
    return " ".join(words) in knowledge.CAPITALS or frozenset(normalize(" ".join(words)).tokens) <= _not_bodies()


@text_cache()
def sayer_name(text: str) -> frozenset[str] | None:
    """The lower-cased words of the name a claim's frame gives as its sayer (module docstring), or None."""
    if len(text) > MAX_FRAMED:
        return None
    speaker = frame_of(text).speaker
    if not speaker or not _SAYING_OWN.match(text, text.find(speaker) + len(speaker)):
        return None
    words = [w.strip(_STRIP) for w in speaker.split()]
    words = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in words if w]
    if not words or len(words) > _MAX_WORDS or words[0] in _ARTICLES or not all(w[:1].isupper() for w in words):
        return None
    if len(words) == 1 and words[0].isupper():
        return None  # an acronym: maybe the other claim's name ("SIA" / "Singapore Airlines")
    lowered = frozenset(fold(w.lower()) for w in words)
    if lowered & title_words() or _state_named(words):
        return None
    return lowered


def sayer_names_apart(texts: tuple[str, str], written: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'another sayer: x / y' when each claim's frame names a body or person by name alone
    (`sayer_name`), the two share no word and neither is among the other claim's capitalised
    words (`written`: each claim's `place_names.names_written`)."""
    a = sayer_name(texts[0])
    b = sayer_name(texts[1]) if a is not None else None
    if a is None or b is None or a & b or a & written[1] or b & written[0]:
        return None
    return f"another sayer: {' '.join(sorted(a))} / {' '.join(sorted(b))}"
