"""One act on two owners' things: "Laiki's deposits above 100,000 were frozen" / "Bank of Cyprus's
deposits above 100,000 were frozen", "Ford's factories were shut by the strike" / "General Motors'
factories were shut by the strike". Every slot agrees but the owner named by a possessive, and the
meaning vector barely moves: the same act on another owner's thing is another fact.

Read on each claim's reported content after the knowledge rewrite (`knowledge.rewritten`: a country
named two ways is one token, "Britain's" / "the UK's"), as written (the case tells a name): a
possessive after a capitalised run ("Bank of Cyprus's", "General Motors'") names an owner, and the
word after it what is owned. Two claims owning one thing, each by an owner whose words the other
claim names nowhere, are two owners. Kept one: an owner told by its kind ("the company's shares",
"the country's deposits": no capital, no owner read), a country alone (the country rules' business:
"Russia's forces" / "Putin's forces" may be one side), an acronym that may spell the other owner
("the ECB's" / "the European Central Bank's"), one word opening the claim with a plural's
apostrophe ("Protesters' demands": a common noun capitalised by its place).
"""

from __future__ import annotations

import re

from workbench.core.match import knowledge
from workbench.core.match.another_name import country_tokens
from workbench.core.match.claim_view import reported
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: A possessive: a capitalised run (words joined by "of", "and", "&", "de") before "'s", "’s" or a
#: plural's lone apostrophe, then the word owned.
_POSSESSIVE = re.compile(r"((?:[A-Z][\w.&-]*\s+(?:(?:of|and|&|de|du|la)\s+)?)*[A-Z][\w.&-]*?)(['’]s|s['’])\s+([\w-]+)")
#: Words opening a run that are no part of an owner's name.
_OPENERS = frozenset(["The", "A", "An", "This", "That"])
#: Days told by a word of time ("tomorrow's testimony" / "Tuesday's testimony"): a time, no owner
#: (the days and months are in `knowledge.NOT_NAMES`).
_TIME_WORDS = frozenset(["today", "tomorrow", "yesterday", "tonight"])
#: A superlative after a possessive ranks within the owner ("the NYSE's biggest loser"), owns nothing.
_SUPERLATIVE = re.compile(r"\w{2,}est$")
#: The longest honorific ("Mr.", "Dr.", "Sen."): a person so titled may be told by another of his
#: names ("Mr. Hussein's daughters" / "Saddam's daughters"), the person-name rules' business.
_HONORIFIC_MAX = 3
#: Two owner words sharing this many first letters, or one inside the other, may be one name
#: ("@Stake" / "AtStake", "the North's" / "North Korea's").
_PREFIX = 4
#: The longest acronym read as one that may spell out the other owner.
_ACRONYM_MAX = 6

#: One owner: (its tokens, its acronym or "", the owned word's token).
Owner = tuple[frozenset[str], str, str]


@text_cache()
def owners(text: str) -> tuple[Owner, ...]:
    """The owners a claim's reported content names by a possessive, with what each owns."""
    written = knowledge.rewritten(reported(text))[0]
    out = []
    for m in _POSSESSIVE.finditer(written):
        words = m.group(1).split()
        while words and words[0] in _OPENERS:
            words = words[1:]
        if not words:
            continue
        if m.start(1) == 0 and len(words) == 1 and m.group(2)[0] == "s":  # "Protesters' demands"
            continue
        name = " ".join(words) + ("s" if m.group(2)[0] == "s" else "")
        tokens, owned = frozenset(normalize(name).tokens), normalize(m.group(3)).tokens
        countries = country_tokens()
        if not tokens or not owned or all(t in countries for t in tokens) or _SUPERLATIVE.search(m.group(3)) \
                or all(t in knowledge.NOT_NAMES or t in _TIME_WORDS for t in tokens) or _honorific(words[0]):
            continue
        acronym = name if name.isupper() and len(name) <= _ACRONYM_MAX else ""
        out.append((tokens, acronym.lower(), owned[0]))
    return tuple(out)


def _honorific(word: str) -> bool:
    """Whether a capitalised word is a short title of a person ("Mr.", "Dr.": `knowledge.NOT_NAMES`)."""
    word = word.rstrip(".").lower()
    return len(word) <= _HONORIFIC_MAX and word in knowledge.NOT_NAMES


def _alike(owner_a: frozenset[str], owner_b: frozenset[str]) -> bool:
    """Whether a word of one owner may be a word of the other in another spelling."""
    return any(x[:_PREFIX] == y[:_PREFIX] or x in y or y in x for x in owner_a for y in owner_b)


def _spells(acronym: str, tokens: frozenset[str]) -> bool:
    """Whether an acronym may spell out an owner's name (it holds all its words' initials)."""
    return bool(acronym) and all(t[:1] in acronym for t in tokens)


def owners_apart(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'another owner: laiki / bank cypru' when both claims own one thing by a possessive
    (`owners`) and each owner's words are named nowhere in the other claim (`tokens`: each claim's
    normalised tokens)."""
    read_a = owners(texts[0])
    if not read_a:
        return None
    read_b = owners(texts[1])
    for owner_a, acronym_a, owned_a in read_a:
        for owner_b, acronym_b, owned_b in read_b:
            if owned_a != owned_b or owner_a & tokens[1] or owner_b & tokens[0] \
                    or _spells(acronym_a, owner_b) or _spells(acronym_b, owner_a) or _alike(owner_a, owner_b):
                continue
            return f"another owner: {' '.join(sorted(owner_a))} / {' '.join(sorted(owner_b))}"
    return None
