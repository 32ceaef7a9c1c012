"""One penalty or two, for two offences: "Sex between women is punishable by 40 strokes of the cane
under the code" / "Drinking alcohol is punishable by 40 strokes of the cane ...", "introduced
amputation for theft" / "introduced stoning to death for gay sex", "Blasphemy is punishable by death" /
"Apostasy is punishable by death". A penalty is a penalty for something: a law's claim tells what is
punished, and two offences are two provisions of the law, two facts, however alike the penalty.

The offence is read where the language puts it (`language/penalties`): the subject of "is
punishable by", "can be punished with" (back to the clause's start: "Under the bylaw, gambling is
punishable ..." reads "gambling"), else what follows "for" right after a penalty noun, a few words
between ("stoning to death for gay sex", "the death penalty for treason"), up to a preposition of
place or time or a stop ("for theft on Wednesday" reads "theft"; "for arson in forests" keeps
its forests: "in", "on", "at" end it only before a name, a figure or an article). A "for" before a figure ("prison
for 10 years", "jail for life") tells a length, not an offence. Read on the claim's reported
wording (`claim_view.reported`: "Officials said" is no offence), once per claim.

Two offences are apart when each claim reads one, their words (`normalize` tokens) share none and
no word of one is kin to a word of the other (`penalties.OFFENCE_KIN`: "theft" / "stealing"). Kept
one fact: one offence in other words that share a word ("sex between men" / "gay sex": "sex"), a
claim reading none ("those who steal can have a hand cut off"), offences told by kin words.
"""

from __future__ import annotations

import re

from workbench.core.language.penalties import OFFENCE_KIN, PENALTY_NOUNS, PUNISHED_WORDS
from workbench.core.match.claim_view import reported
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: A claim that may tell a penalty at all (a cheap test before the patterns).
_MAY_TELL = re.compile(r"\b(?:" + "|".join(sorted(PENALTY_NOUNS | set(PUNISHED_WORDS))) + r")\b", re.I)
#: "is punishable by", "are punished with", "can be punished by": the offence is the subject before it.
_PUNISHED = re.compile(r"\s+(?:is|are|was|were|remains?|(?:can|could|may|will|would)\s+be)\s+(?:now\s+|also\s+)?"
                       r"(?:" + "|".join(PUNISHED_WORDS) + r")\s+(?:by|with)\b", re.I)
#: Where a clause opens, before its subject: a stop or "that".
_CLAUSE_START = re.compile(r".*(?:[,;:]|\bthat\b)", re.I | re.S)
#: A penalty noun, up to three words, then "for" and the offence up to a stop.
_FOR = re.compile(r"\b(?:" + "|".join(sorted(PENALTY_NOUNS)) + r")\b(?:\s+[\w'-]+){0,3}?\s+for\s+([^,;:.]+)", re.I)
#: Where an offence told after "for" ends: a preposition of place, time or law, or a clause.
#: ("in", "on", "at" only before a name, a figure or an article: "for arson in forests" keeps its forests).
_OFFENCE_END = re.compile(r"\s+(?:(?:under|from|since|during|until|after|before|across|throughout|which|that|who|when"
                          r"|while|as|if)\b|(?:in|on|at)\s+(?:[A-Z0-9]|(?:the|a|an)\b)).*$")
#: A "for" before a length or an amount ("prison for 10 years", "jail for life", "for up to"): no offence.
_LENGTH = re.compile(r"(?:\d|(?:up\s+to|life|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\b)", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


@text_cache()
def offence_of(text: str) -> frozenset[str] | None:
    """The tokens of the offence a claim tells a penalty for (module docstring), or None."""
    wording = reported(text)
    if not _MAY_TELL.search(wording):
        return None
    if (m := _PUNISHED.search(wording)) is not None:
        before = wording[:m.start()]
        start = _CLAUSE_START.match(before)
        phrase = before[start.end():] if start else before
    elif (m := _FOR.search(wording)) is not None and not _LENGTH.match(m.group(1)):
        phrase = _OFFENCE_END.sub("", m.group(1))
    else:
        return None
    tokens = frozenset(normalize(_ARTICLE.sub("", phrase.strip())).tokens)
    return tokens or None


def _kin(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a word of one offence is kin to a word of the other (`OFFENCE_KIN`)."""
    return any(group & a and group & b for group in OFFENCE_KIN)


def offences_apart(texts: tuple[str, str]) -> str | None:
    """'two offences: x / y' when each claim tells a penalty for an offence (`offence_of`) and the
    two share no word and no kin word."""
    a = offence_of(texts[0])
    b = offence_of(texts[1]) if a is not None else None
    if a is None or b is None or a & b or _kin(a, b):
        return None
    return f"two offences: {' '.join(sorted(a))} / {' '.join(sorted(b))}"
