"""Number words: the one table and the one parser for "three hundred", "half a million", "a dozen".

Extraction (`figures.numbers`), the fallback reader for raw text (`figures.fallback`) and
matching's normaliser (`match.normalize`) all read number words here, so "one and a half
million" means 1,500,000 wherever it is read.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
#: Scale words, including the Indian lakh (100,000) and crore (10 million).
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}
#: Abbreviated scales written after digits: "$2bn", "5m", "300k".
SCALE_ABBREVIATIONS: dict[str, int] = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "tn": 1_000_000_000_000,
}
#: Fractions that multiply what follows ("half a million") or, after "and a", add to it.
FRACTIONS: dict[str, float] = {"half": 0.5, "quarter": 0.25}
DOZEN = 12
_ARTICLES = ("a", "an")

WORD_ALT = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
SCALE_ALT = "|".join(SCALES)
#: The digits said one by one after "point" ("one point two million" is 1.2 million).
DIGIT_WORDS = {w: v for w, v in UNITS.items() if v < 10}
_DIGIT_ALT = "|".join(sorted(DIGIT_WORDS, key=len, reverse=True))

#: Regex (no groups) for a number written in words, as extraction reads them: "three hundred",
#: "twenty-five thousand", "one hundred and twenty", "a dozen", "two dozen", "half a dozen", "half a million", "one and a half million".
NUMBER_WORDS_PATTERN = (  # "one and a half million" is tried before "one", "two dozen" before "two"
    rf"(?:(?:{WORD_ALT}|a)\s+and\s+a\s+(?:half|quarter)\s+(?:{SCALE_ALT})|half\s+a\s+(?:{SCALE_ALT}|dozen\b)|a\s+(?:{SCALE_ALT})|a\s+dozen"
    # "one point two million": decimals said digit by digit, only before a scale ("at one point two
    # men" is no figure)
    rf"|(?:{WORD_ALT})\s+point(?:\s+(?:{_DIGIT_ALT}))+\s+(?:{SCALE_ALT})"
    rf"|(?:{WORD_ALT})\s+dozen\b"
    rf"|(?:{WORD_ALT})(?:[- ](?:{WORD_ALT}))?"
    rf"(?:[\s-]+(?:{SCALE_ALT})(?:\s+(?:and\s+)?(?:{WORD_ALT})(?:[- ](?:{WORD_ALT}))?)?)*)"
)

# Matching's tokeniser: a number in digits or in loose words, with an optional scale after it.
_LOOSE_WORD = "|".join(sorted([*UNITS, *TENS, *_ARTICLES, "dozen", *FRACTIONS, "hundred"], key=len, reverse=True))
_BIG = "|".join(SCALES)
_ABBR = "|".join(sorted(("bn", "mn", "k", "m"), key=len, reverse=True))
#: Groups: `digits` ("500,000", "6.1") or `words` ("half a", "three hundred"), then `scale`
#: ("million", "bn"). Used on folded (lower-case) text by matching and by the fallback reader.
NUMBER_TOKEN_RE = re.compile(
    r"(?<![\w.])(?:"
    r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<words>(?:(?:" + _LOOSE_WORD + r")(?:[\s-]+(?:and[\s-]+)?|\s+an?\s+))*"
    r"(?:" + _LOOSE_WORD + r"|" + _BIG + r")(?![\w]))"
    r")"
    r"(?P<scale>(?:[\s-]*(?:" + _BIG + r")(?![\w]))+|(?:" + _ABBR + r")(?![\w]))?",
    re.IGNORECASE,
)

_SPLIT = re.compile(r"[\s-]+")
_AND_A_HALF = re.compile(r"\band\s+an?\s+(half|quarter)\b")


def scale_factor(word: str) -> int | None:
    """'million' -> 1,000,000, 'bn' -> 1,000,000,000; None when `word` is not a scale."""
    w = word.lower()
    return SCALES.get(w) or SCALE_ABBREVIATIONS.get(w)


def parse_number_words(words: str) -> float | None:
    """The value of a number written in words, or None if it is not one.

    "three hundred" -> 300, "twenty-five thousand" -> 25,000, "half a million" -> 500,000,
    "one and a half million" -> 1,500,000, "a dozen" -> 12, "two dozen" -> 24, "half" -> 0.5.
    A leading article before a plain number is not part of it ("a three-term" -> 3); an article
    alone ("a", "an") is not a number.
    """
    text = _AND_A_HALF.sub(lambda m: " +" + m.group(1), words.lower())
    parts = [p for p in _SPLIT.split(text) if p and p != "and"]
    if "point" in parts:  # "one point two million": the digits after "point" are decimals
        k = parts.index("point")
        digits, rest = parts[k + 1:], list[str]()
        while digits and digits[-1] not in DIGIT_WORDS:
            rest.insert(0, digits.pop())
        whole = parse_number_words(" ".join(parts[:k]))
        if whole is None or not digits or any(d not in DIGIT_WORDS for d in digits) \
                or any(r not in SCALES for r in rest):
            return None
        value = whole + float("0." + "".join(str(DIGIT_WORDS[d]) for d in digits))
        for r in rest:
            value *= SCALES[r]
        return value
    if parts and parts[0] in _ARTICLES and len(parts) > 1 and (parts[1] in UNITS or parts[1] in TENS):
        parts = parts[1:]
    if not parts or parts in (["a"], ["an"]):
        return None
    total = 0.0
    current = 0.0
    for p in parts:
        if p in _ARTICLES:
            current = current or 1
        elif p in UNITS:
            current += UNITS[p]
        elif p in TENS:
            current += TENS[p]
        elif p == "dozen":
            current = (current or 1) * DOZEN
        elif p in FRACTIONS:  # "half a million": a multiplier on what follows
            current = (current or 1) * FRACTIONS[p]
        elif p.startswith("+") and p[1:] in FRACTIONS:  # "one and a half million"
            current = (current or 1) + FRACTIONS[p[1:]] if current else FRACTIONS[p[1:]]
        elif p == "hundred":
            current = (current or 1) * 100
        elif p in SCALES:
            total += (current or 1) * SCALES[p]
            current = 0
        else:
            return None
    return total + current


def token_value(m: re.Match[str]) -> float | None:
    """The value of a `NUMBER_TOKEN_RE` match (digits or words, times its scale); None when the
    words are not a number or are a bare article."""
    digits, words, scale = m.group("digits"), m.group("words"), m.group("scale")
    if digits:
        value = float(digits.replace(",", ""))
    else:
        if words.strip().lower() in _ARTICLES:
            return None
        parsed = parse_number_words(words)
        if parsed is None:
            return None
        value = parsed
    if scale:
        for s in _SPLIT.split(scale.strip()):
            if s:
                value *= scale_factor(s) or 1
    return value
