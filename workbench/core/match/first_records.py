"""Two firsts told of one person: "Mason became the first president of Barbados" / "Mason was the
first woman to sit on Barbados' Court of Appeal". Both claims say their subject is "the first" of
some people, and share the name, "first" and the country; the sentence model calls them close. But
the first holder of an office and the first of some people to sit on a body are two records, two
facts (helper not133, read from set 134).

A record is the phrase after "the first" (or "its first", "Barbados' first") whose first or
second word names a person (`language.people.PERSON_NOUNS`: "president", "woman", "black mayor"),
up to the end of its clause. What singles a record out is the offices and bodies it names
(`language.actors.OFFICES`, one key per office: "head of state" is the president; titles and role
nouns of `PERSON_NOUNS`; `language.initials.BODY_WORDS`: "court", "party"). Who is first among them
("woman", "female", "black": no office) and the verbs ("to lead", "to sit on") single out none. Two
records are apart when each names an office or body the other claim names nowhere: "the first
woman to lead Liberia" / "the first female president of Liberia" (one names none) and "the first
president" / "its first head of state" (one office) stay one record.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.language.actors import OFFICES
from workbench.core.language.initials import BODY_WORDS
from workbench.core.language.people import FEMALE_ROLES, MALE_ROLES, PERSON_NOUNS
from workbench.core.text_caches import text_cache

#: "the first ...", "its first ...", "Barbados' first ...", "Kenya's first ...".
_FIRST = re.compile(r"(?:\b(?:the|its|his|her|their|our)|['\u2019]s?)\s+first\s+", re.I)
#: Where a record's clause ends: punctuation, a conjunction or a clause of time after it.
_CLAUSE_END = re.compile(r"[,.;:()]|\s(?:and|but|when|after|before|since|while|as|in\s+\d{4})\s", re.I)
_WORD = re.compile(r"[a-z]+")
#: Words naming who is first among people, no office ("the first woman", "the first female mayor").
_WHO = FEMALE_ROLES | MALE_ROLES | frozenset(["female", "male", "women", "men"])
#: Role nouns that may stand for any office ("the first woman to head the party" / "its first female
#: leader"), as a bare "chief" or "official" is no office (`actors.OFFICES`).
_ANY_OFFICE = frozenset(["leader", "head", "chief", "official", "officer", "minister"])


@lru_cache(maxsize=1)
def _offices() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every wording of an office (`actors.OFFICES`, longest first) as one pattern, and {wording: its office}."""
    table = {w.lower(): group[0].lower() for group in OFFICES for w in group}
    alternatives = sorted(table, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in alternatives) + r")\b"), table


def _keys(phrase: str) -> frozenset[str]:
    """The offices (by their first wording) and bodies a record's phrase names, and its role nouns."""
    pattern, table = _offices()
    keys = {table[m.group(0)] for m in pattern.finditer(phrase)}
    rest = pattern.sub(" ", phrase)
    keys |= {w for w in _WORD.findall(rest) if (w in PERSON_NOUNS or w in BODY_WORDS) and w not in _WHO and w not in _ANY_OFFICE}
    return frozenset(keys)


@text_cache()
def first_records(text: str) -> tuple[frozenset[str], ...]:
    """The keys (`_keys`) of each record of a person a claim tells ("the first president of ..."), and
    the offices a claim names anywhere as the last item (what the other claim's records are sought in)."""
    low = text.lower()
    if "first" not in low:
        return ()
    out = []
    for m in _FIRST.finditer(low):
        rest = low[m.end():]
        end = _CLAUSE_END.search(rest)
        phrase = rest[:end.start()] if end else rest
        words = phrase.split()
        if not any(w in PERSON_NOUNS or w in _WHO for w in words[:2]):
            continue  # "the first time", "the first case": no person's record
        if keys := _keys(phrase):
            out.append(keys)
    if not out:
        return ()
    return (*out, _keys(low) | frozenset(_WORD.findall(low)))


def records_apart(texts: tuple[str, str]) -> str | None:
    """'two firsts: president / court' when each claim tells a person's record (`first_records`)
    naming an office or body the other claim names nowhere (its words and its offices)."""
    ra, rb = first_records(texts[0]), first_records(texts[1])
    if not ra or not rb:
        return None
    named_a, named_b = ra[-1], rb[-1]
    for keys_a in ra[:-1]:
        for keys_b in rb[:-1]:
            own_a, own_b = keys_a - named_b, keys_b - named_a
            if own_a and own_b:
                return f"two firsts: {', '.join(sorted(own_a))} / {', '.join(sorted(own_b))}"
    return None
