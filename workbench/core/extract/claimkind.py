"""What a sentence is when it is not an ordinary claim: boilerplate, headline, opinion; and hedges.

Rules only, applied per sentence (and per line for headlines): navigation, calls to action,
bylines, photo credits, newsletter and republishing notices are boilerplate; short lines without
final punctuation at the top of the body (or equal to the title) are headlines; questions and
first-person or normative statements with nothing checkable (no figure, no date, no name) are
opinion.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.language.verbs import is_present_verb_at, is_verb_like, trie_regex
from workbench.core.vocab import ClaimKind

# Boilerplate: phrases anywhere (checked as lower-case substrings first: much faster than one
# big case-insensitive alternation) and shapes at the start of a line.
_BOILER_KEYS = (
    "sign up", "subscribe", "newsletter", "follow us", "click here", "read more", "copyright", "©",
    "all rights reserved", "republish", "cookie", "advertisement", "fill out this form",
    "can be found here", "delivers independent", "email us", "email this", "terms of use",
    "terms of service", "privacy policy",
)
_BOILER_WORDS = re.compile(
    r"\b(?:sign up|subscribe|newsletters?|follow us|click here|read more|all rights reserved|"
    # "copyright" and "advertisement" as furniture ("Copyright 2014 ...", "(c) copyright"), not in a sentence
    # about them ("the film's copyright holders", "the advertisement was banned")
    r"(?:^|\()copyright\b|copyright\s+(?:\d{4}|©|\(c\))|^advertisement\b|"
    r"republish\w*|(?:use|uses|accept|allow|enable)\s+(?:all\s+)?cookies|cookies?\s+(?:policy|settings|notice|preferences)|"
    r"fill out this form|can be found here|delivers independent|"
    r"email (?:us|this)|terms of (?:use|service)|privacy policy)\b|©"
)
_BOILER_START = re.compile(
    r"(?:skip to|share (?:this|on)\b|share$|related\b|more from\b|most (?:read|popular)|watch:|listen:|"
    r"(?:photo|picture|image|video)(?: credit)?\s*:|https?://|www\.|reporting by\b|editing by\b|"
    r"additional reporting\b|(?:updated|published|posted|last modified)\s*:?)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"(?:[Bb]y|BY|[Ff]rom)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*$")
_BARE_URL = re.compile(r"\S+\.(?:com|org|net|pk|ae|co\.uk|in|au)(?:/\S*)?$")


@lru_cache(maxsize=256)  # line_kind and sentence_kind both ask about one-sentence lines of an article
def is_boilerplate(text: str) -> bool:
    s = text.strip()
    if _BOILER_START.match(s) or _BYLINE.match(s) or (" " not in s and _BARE_URL.match(s)):
        return True
    low = s.lower()
    return _BOILER_KEYS_RE.search(low) is not None and _BOILER_WORDS.search(low) is not None


_CREDIT_TAIL = re.compile(r"\((?:AA|AFP|AP|Reuters|EPA|Getty(?: Images)?|PA|Xinhua|File|Photo[^)]*)\)\s*$")
_DATELINE = re.compile(
    r"^(?:[A-Z][\w .'-]{0,30},\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*(?:\d{1,2})?,?\s*(?:\d{4})?"
    r"(?:\s+\d{1,2}:\d{2}\s*(?:[ap]\.?\s?m\.?)?)?\s*(?:[-–—]|\(.*\))?\s*$"
)
_OPINION = re.compile(
    r"\b(?:I think|I believe|I feel|in my (?:view|opinion)|we must|we need to|should be|ought to|it is time|"
    r"it's time|shameful|disgraceful|outrageous|wonderful|terrible|we should|let us|let's)\b",
    re.IGNORECASE,
)
_OPINION_KEYS = ("i think", "i believe", "i feel", "in my", "we must", "we need", "should", "ought",
                 "time", "shameful", "disgraceful", "outrageous", "wonderful", "terrible", "let")
_CHECKABLE = re.compile(r"\d|\b(?:[A-Z][a-z]+\s+){1,}[A-Z][a-z]+|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
HEDGES = re.compile(
    r"\b(?:reportedly|apparently|allegedly|purportedly|supposedly|unconfirmed|unverified|claimed|claims|alleged|"
    r"rumou?red|is said to|are said to|was said to|were said to|is believed to|are believed to|"
    r"was believed to|were believed to|appears? to|appeared to|seems? to|seemed to|possibly|"
    r"media reports|reports emerged|it is understood|may have|might have|could have)\b",
    re.IGNORECASE,
)


def line_kind(line: str, *, title: str | None, before_body: bool) -> str | None:
    """Kind for a whole line (headline, dateline, boilerplate), or None to classify by sentence."""
    s = line.strip()
    if not s:
        return None
    if is_boilerplate(s) or _DATELINE.match(s) or (len(s) < 80 and _is_dateline(s)):
        return ClaimKind.BOILERPLATE.value
    if _CREDIT_TAIL.search(s) and not _PUNCT_BEFORE_PAREN.search(s):
        return ClaimKind.BOILERPLATE.value  # a photo caption with its credit: "... the country (AA)"
    if title and _norm(s) == _norm(title):
        return ClaimKind.HEADLINE.value
    if before_body and not _FINAL_PUNCT.search(s) and len(s.split()) <= 20:
        return ClaimKind.HEADLINE.value
    return None


def sentence_kind(sentence: str) -> str:
    s = sentence.strip()
    if is_boilerplate(s) or (len(s) < 80 and _is_dateline(s)):
        return ClaimKind.BOILERPLATE.value
    short = len(s) < 80 and len(s.split()) <= 8
    if short and s == s.upper() and s != s.lower():
        return ClaimKind.HEADLINE.value  # a cross-head: "BIGGEST PROTEST."
    if short and len(s.split()) <= 6 and not _has_any_verb(s):
        return ClaimKind.HEADLINE.value  # a caption or label with no verb: "Mother vessel off Somalia."
    if s.endswith("?") or s.endswith('?"') or s.endswith("?”"):
        return ClaimKind.OPINION.value
    low = s.lower()
    if _OPINION_KEYS_RE.search(low) and _OPINION.search(s) and not _CHECKABLE.search(s[1:]):
        return ClaimKind.OPINION.value
    return ClaimKind.CLAIM.value


_HEDGE_KEYS = ("reported", "apparent", "alleged", "purported", "supposed", "unconfirmed", "unverified",
               "claim", "rumo", "said to", "believed to", "appear", "seem", "possibl", "media reports",
               "reports emerged", "understood", "may have", "might have", "could have")


_DATE_TOKEN = re.compile(
    r"(?i)^(?:\d{1,4}(?:[:.]\d{2})?(?:am|pm)?|[ap]\.?m\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|gmt|bst|cet|cest|est|edt|pst|pdt|ist|utc|[+-]\d{2}:?\d{2}|[-–—|,.])$"
)


def _is_dateline(text: str) -> bool:
    """A line of dates and times only ("12:48PM BST 09 Sep 2013"), perhaps after one place name."""
    tokens = [t.strip(",.()") for t in text.replace("GMT+", "GMT +").split()]
    tokens = [t for t in tokens if t]
    if not tokens or len(tokens) > 10:
        return False
    rest = [t for t in tokens if not _DATE_TOKEN.match(t)]
    dated = len(tokens) - len(rest)
    return dated >= 2 and len(rest) <= 1 and any(ch.isdigit() for ch in text)


def _has_any_verb(text: str) -> bool:
    words = text.split()
    if words and words[0].strip("\"“'‘").lower() in ("i", "we", "you", "they", "he", "she", "it", "this", "that"):
        return True  # "I agree with the strikes.": a pronoun subject, whatever the verb
    return any(is_verb_like(w.strip(".,;:!?\"'")) or is_present_verb_at(words, i)
               or (i > 0 and w.lower().strip(".,").endswith("s") and words[i - 1][:1].isupper())
               for i, w in enumerate(words))


def may_be_hedged(text: str) -> bool:
    """The cheap test of `is_hedged`: False means neither `text` nor any part of it is hedged."""
    return _HEDGE_KEYS_RE.search(text.lower()) is not None


def is_hedged(text: str) -> bool:
    return may_be_hedged(text) and HEDGES.search(text) is not None


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().lower()


# inline patterns, compiled once (pysbd's many patterns evict re's small cache)
_FINAL_PUNCT = re.compile(r"[.!?\"”]\s*$")
_PUNCT_BEFORE_PAREN = re.compile(r"[.!?]\s*\(")
_NON_WORD = re.compile(r"\W+")


# substring pre-checks as one prefix-tree pattern each (cheaper than many `in` tests)
_BOILER_KEYS_RE = re.compile(trie_regex(list(_BOILER_KEYS)))
_OPINION_KEYS_RE = re.compile(trie_regex(list(_OPINION_KEYS)))
_HEDGE_KEYS_RE = re.compile(trie_regex(list(_HEDGE_KEYS)))
