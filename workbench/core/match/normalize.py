"""Text normalisation for claim matching: case, accents, punctuation, number words, spelling, stems.

Everything here is deterministic and cheap (pure Python, precompiled regexes), because the
matcher normalises every claim of a project once and then compares token sets.

`normalize(text)` returns a `Normalized` with
- `tokens`: content tokens (stop words dropped, light stems, American spelling), numbers excluded;
- `numbers`: canonical number tokens ("500000", "6.1") in order of appearance;
- `negated`: whether the claim carries a negation or denial word;
- `proper`: tokens that were capitalised mid-sentence in the original (names, places).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from workbench.core.figures.number_slips import respell
from workbench.core.figures.separators import as_commas
from workbench.core.figures.short_dates import day_month_dates
from workbench.core.figures.words import NUMBER_TOKEN_RE, token_value
from workbench.core.language.negation import CALLS_FALSE_WINDOW, DENIALS, NEGATIONS, NOT_NEGATION, calls_false
from workbench.core.language.stems import ACT_NOUNS, STRAIGHTEN, TERM_UNITS, fold, stem

# --------------------------------------------------------------------------------------------
# Vocabularies

STOP_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "if", "then", "than", "that", "this", "these", "those", "there", "here", "of", "in", "on", "at", "to", "from", "by", "for", "with", "without", "into", "onto", "over", "under", "about", "above", "below", "between", "among", "through", "during", "before", "after", "since", "until", "up", "down", "out", "off", "again", "further", "once", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it", "its", "it's", "he", "she", "they", "them", "their", "theirs", "his", "her", "hers", "him", "we", "us", "our", "ours", "you", "your", "yours", "i", "me", "my", "mine", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "only", "own", "same", "so", "too", "very", "just", "also", "as", "per", "via", "said", "says", "say", "told", "tell", "tells", "according", "reported", "reports", "report", "reportedly", "stated", "state", "states", "claimed", "claims", "announced", "added", "yesterday", "today", "tonight", "now", "while", "mr", "mrs", "ms", "dr", "one's", "s", "t"]
)

# Words that negate without a negation word ("without the death penalty" = "does not have the
# death penalty", "declined to give details" = "gave no details"). They stay what they are in the
# tokens (most are stop words); `implicit_negation` lets the matcher see that both claims are
# negative, so that neither reads as the denial of the other.
_IMPLICIT_NEGATION_RE = re.compile(
    r"\b(?:without|unless|nor|neither|lacks?|lacked|lacking|absent|"
    r"refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)\s+(?:to|comment)|fail(?:s|ed|ing|ure)?\s+to|reject(?:s|ed|ing)?|"
    r"ruled?\s+out|rules\s+out|stop(?:s|ped|ping)?\s+short\s+of|refrain(?:s|ed|ing)?\s+from|"
    # kept from doing it: "barred from seeking office" is "cannot run"
    r"(?:barred|banned|prevented|prohibited|disqualified|blocked|stopped)\s+from|"
    # spared a duty: "those under six are exempt" is "pay nothing" (helper figures141)
    r"exempt(?:s|ed|ing)?)\b"
)

# Hedges around a figure: they change the bounds (numbers.py's job) but not the fact.
HEDGE_WORDS = frozenset(
    ["some", "about", "around", "nearly", "almost", "approximately", "roughly", "estimated", "estimate", "least", "at", "over", "under", "more", "than", "fewer", "less", "close", "upwards", "up", "to", "just", "plus"]
)

# Vague magnitudes: kept with the numbers (they are figures, not content words).
VAGUE = {"hundreds": "hundreds", "thousands": "thousands", "dozens": "dozens", "scores": "scores",
         "millions": "millions", "billions": "billions", "tens": "tens", "several": "several",
         "dozen": "dozen"}

# --------------------------------------------------------------------------------------------
# Regexes

_TOKEN_RE = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_ORDINAL_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
#: What every `_ORDINAL_RE` match holds: searched first, since a pattern opening with \b is tried at
#: every offset (~50 us a claim) and most claims hold no ordinal.
_ORDINAL_HINT = re.compile(r"\d(?:st|nd|rd|th)")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
#: A capitalised word mid-sentence, its capital any letter's ("Čaputová", "Łódź", "Ömer"): the
#: class takes every letter but a-z, `normalize` keeps those written as capitals.
_CAP_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[^\W\d_a-z][\w'-]+")
#: A possessive or "is" "'s" ("Belize's", "it's"), not an opening quote before an s ("'superbond'").
_POSSESSIVE_S = re.compile(r"(?<=[^\s\"(\[-])'s")
_PERCENT_RE = re.compile(r"(\d)\s*%")
_CURRENCY_RE = re.compile(r"(?:\b[a-z]{1,3})?[$\u00a3\u20ac]\s*(\d)")  # "$5", "R$514", "US$ 2"


@dataclass(slots=True)
class Normalized:
    text: str  # the normalised string (tokens and numbers, in order)
    tokens: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    negated: bool = False
    proper: frozenset[str] = frozenset()
    #: the words as written - function words kept, nothing stemmed - lower-cased, accents folded,
    #: every figure one placeholder word ("500,000 people" / "half a million people" -> "# people")
    words: tuple[str, ...] = ()

    @property
    def token_set(self) -> frozenset[str]:
        return frozenset(self.tokens)

    @property
    def all_tokens(self) -> list[str]:
        """Content tokens plus number tokens: what blocking indexes."""
        return self.tokens + self.numbers


def canonical_number(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.6g}"


def _number_repl(numbers: list[str]):
    def repl(m: re.Match[str]) -> str:
        value = token_value(m)
        if value is None:
            return m.group(0)
        tok = canonical_number(value)
        numbers.append(tok)
        return f" {tok} "

    return repl


def implicit_negation(text: str) -> bool:
    """Whether a claim negates without a negation word ("without", "unless", "declined to",
    "refused", "rejected")."""
    return _IMPLICIT_NEGATION_RE.search(fold(text)) is not None


_SKELETON_RE = re.compile(r"(?<=.)[aeiouy]+")


def skeleton(token: str) -> str:
    """Consonant skeleton for transliteration variants: waleed/walid -> wld, mohammed/muhammad -> mhmd."""
    s = _SKELETON_RE.sub("", token)
    out: list[str] = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


#: What every figure is in `Normalized.words`: which figure it is, is the figure step's to judge.
FIGURE_WORD = "#"


def wording(text: str) -> list[str]:
    """A claim's words as written (`Normalized.words`)."""
    return list(normalize(text).words)


@lru_cache(maxsize=100_000)
def normalize(text: str) -> Normalized:
    """Normalise one claim for matching (cached: claims are compared many times)."""
    # "25 000" and "1.500 protesters" are one figure, as the figure readers read them
    raw = as_commas(text.translate(STRAIGHTEN))
    capitals = [m.group(0) for m in _CAP_RE.finditer(raw) if m.group(0)[0].isupper()]
    proper = frozenset(stem(fold(word).replace("'s", "")) for word in capitals)
    if "-" in raw:  # each capitalised part of a hyphenated name is a name token too ("ZANU-PF": "zanu")
        proper |= {stem(fold(part)) for word in capitals if "-" in word
                   for part in word.replace("'s", "").split("-") if part[:1].isupper()}
    t = fold(raw)
    t = t.replace("n't", " not")
    if "'s" in t:  # a possessive "'s" after a word; a quote opening a word ("'superbond'") keeps its s
        t = _POSSESSIVE_S.sub(" ", t)
    t = t.replace("'", " ")
    if "no" in t or "n't" in t:  # in every phrase NOT_NEGATION reads (the text is lower case here)
        t = NOT_NEGATION.sub(" ", t)
    if "%" in t:
        t = _PERCENT_RE.sub(r"\1 percent", t)
    if "$" in t or "\u00a3" in t or "\u20ac" in t:
        t = _CURRENCY_RE.sub(r"\1", t)
    # a date written short reads as the same words as a date written out: "13/06" -> "13 june",
    # "the 13th" / "June 13th" -> "13" (no stray "th")
    for start, end, day, month in reversed(day_month_dates(t)):
        t = f"{t[:start]}{day} {_MONTH_NAMES[month - 1]}{t[end:]}"
    if _ORDINAL_HINT.search(t):
        t = _ORDINAL_RE.sub(r"\1", t)
    t = respell(t)[0]  # "two hunderd" is two hundred
    numbers: list[str] = []
    t = NUMBER_TOKEN_RE.sub(_number_repl(numbers), t)
    tokens: list[str] = []
    ordered: list[str] = []
    negated = False
    words: list[str] = []
    found = _TOKEN_RE.findall(t)
    for k, tok in enumerate(found):
        words.append(FIGURE_WORD if tok[0].isdigit() or tok in VAGUE else tok)
        if tok[0].isdigit():
            ordered.append(tok)
            continue
        if tok in VAGUE:
            numbers.append(VAGUE[tok])
            ordered.append(VAGUE[tok])
            continue
        # a denial word; "dismiss" only of a claim ("dismissed 30 workers", "... the army chief" deny nothing)
        denial = tok in DENIALS and (not tok.startswith("dismiss") or calls_false(tok, found[k + 1:k + 1 + CALLS_FALSE_WINDOW]))
        if tok in NEGATIONS or denial:
            negated = True
            neg = "not" if tok in NEGATIONS else "deny"
            tokens.append(neg)
            ordered.append(neg)
            continue
        if tok in STOP_WORDS or tok in HEDGE_WORDS:
            continue
        st = stem(ACT_NOUNS[tok] if tok in ACT_NOUNS and (found[k + 1:k + 2] == ["of"] or k > 1 and found[k - 1] == "of"
                                                          and found[k - 2] in TERM_UNITS) else tok)
        if st in ("not", "deny"):  # "noted" stems to "not": no negation
            st = tok
        tokens.append(st)
        ordered.append(st)
    return Normalized(text=" ".join(ordered), tokens=tokens, numbers=numbers, negated=negated,
                      proper=proper, words=tuple(words))
