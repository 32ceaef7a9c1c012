"""Lines written in capitals ("TALIBAN KILL 40 CIVILIANS IN KANDAHAR ON 13 JUNE"), as wire
headlines and urgent bulletins are: read in ordinary case, so that month and weekday names, and
place names after a preposition, are found as they are in a sentence (`dates`, and matching's
`place_names`). Headlines in Title Case are told too (`headline`, `untitle`). The text keeps its length, so offsets found in it hold in the original."""

from __future__ import annotations

import re
from functools import lru_cache

#: words a headline in capitals would write in lower case in a sentence: prepositions, articles,
#: conjunctions (a name after "IN" or "NEAR" is then read as a place, as after "in")
LOWER_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "near", "by", "for", "from", "to", "into", "onto", "over", "under", "around", "outside", "inside", "across", "along", "towards", "toward", "after", "before", "since", "until", "during", "with", "without", "amid", "against", "as", "per", "via"])

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


#: Two lower-case letters in a row lie in one word of two letters or more (`_WORD` takes whole runs
#: of letters): no shouting, read without listing the words (most lines).
_LOWER_PAIR = re.compile(r"[a-z][a-z]")


def is_shouting(text: str) -> bool:
    """Whether a line is written in capitals: three words or more of two letters or more, and no
    lower-case letter in any word (an acronym in an ordinary sentence is not shouting)."""
    if _LOWER_PAIR.search(text):
        return False
    words = [w for w in _WORD.findall(text) if len(w) >= 2]
    return len(words) >= 3 and not any(c.islower() for w in words for c in w)


def _recase(m: re.Match[str]) -> str:
    word = m.group(0)
    lower = word.lower()
    if len(lower) != len(word):  # a letter whose lower case is longer: keep the offsets
        return word
    if (lower in LOWER_WORDS and m.start() > 0) or m.string[m.start() - 1:m.start()].isdigit():
        return lower  # "IN", "ON"; the "TH" of "14TH"
    return word[:1] + lower[1:]


@lru_cache(maxsize=4096)
def unshout(text: str) -> str:
    """`text` in ordinary case when it is written in capitals (each word capitalised, the small
    words of `LOWER_WORDS` in lower case unless first), else `text` itself; the same length."""
    if not is_shouting(text):
        return text
    return _WORD.sub(_recase, text)


_CASED_WORD = re.compile(r"[A-Za-z][\w'-]*")


@lru_cache(maxsize=65_536)
def headline(text: str) -> bool:
    """Title case ("Lindsay Lohan Checks Into Rehab"): nearly every word capitalised, so no word is
    known to be a name (matching's doers and name swaps; `match.headline_verbs`). Looser than
    `_is_title_case` (three words are enough, and small words may be capitalised too). Cached:
    asked of a claim once per pair it is in."""
    words = _CASED_WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


#: A word a Title Case headline would capitalise, written in lower case: four letters or more, no
#: small word of `LOWER_WORDS` ("released", "documents").
_LOWER_CONTENT = re.compile(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])")


def titled(text: str) -> bool:
    """`headline`, and no word a Title Case headline capitalises written in lower case: "The
    International Consortium of Investigative Journalists released the Luxembourg Leaks documents"
    capitalises most of its words for the names it holds, yet "released" and "documents" tell a
    sentence (sets 157-160), whose capitalised runs are names. For readings that take every
    capitalised run of a headline for a name (`match.spelt_names`)."""
    return headline(text) and not any(w not in LOWER_WORDS for w in _LOWER_CONTENT.findall(text))


def _is_title_case(words: list[str]) -> bool:
    """Whether a line capitalises nearly every word as a headline in Title Case does: four words
    or more of three letters or more, all but one capitalised."""
    long_words = [w for w in words if len(w) >= 3]
    return len(long_words) >= 4 and sum(w[0].islower() for w in long_words) <= 1


def _lower_small(m: re.Match[str]) -> str:
    word = m.group(0)
    return word.lower() if m.start() > 0 and word.lower() in LOWER_WORDS else word


@lru_cache(maxsize=4096)
def untitle(text: str) -> str:
    """A headline in Title Case ("Troops Destroy 3 Vehicles in and Around Kupwara") with the small
    words of `LOWER_WORDS` in lower case unless first ("around Kupwara", read as after "around"),
    else `text` itself; the same length."""
    if not _is_title_case(_WORD.findall(text)):
        return text
    return _WORD.sub(_lower_small, text)
