"""A headline's verb read as the past act it tells.

Headlines tell past events in the present tense, in capitals or Title Case ("INSURGENTS SEIZE
PORT TOWN", "Rebels Seize 40 Trucks Near Goma"), where the body writes the past ("insurgents
seized the port town"). The knowledge rewrite's verb table is written in lower case and `roles`
reads a past form or a rewritten base form, so a headline's capitalised present verb was no act:
its doer and the one it is done to were unread, and two headlines with their roles swapped
("Rebels Seize Army Base" / "Army Seizes Rebel Base") were one fact. `in_past` writes that verb
as its past form in lower case before the rewrite, so it reads as the body's verb does.

Only headlines (`shouting.is_shouting`, `shouting.headline`) and only a capitalised verb: a
sentence in the present tense ("officials say the army holds the town") keeps its meaning.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.figures.shouting import LOWER_WORDS, headline, is_shouting
from workbench.core.language.event_verbs import EVENT_VERBS
from workbench.core.language.verbs import (
    IRREGULAR_PAST,
    VERB_SYNONYMS,
    is_finite_verb,
    to_past,
)
from workbench.core.match.opposites import OPPOSITES
from workbench.core.text_caches import text_cache

#: Words after which a verb-like word is a noun ("The Attack", "5 Strikes", "Of Protest").
_NOUN_BEFORE = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those",
                          "some", "many", "several", "no"]) | LOWER_WORDS
#: Particles a phrasal headline verb carries ("Rebels Take Over Town"): lower-cased with the verb,
#: so that the rewrite's phrasal verbs read them.
_PARTICLES = frozenset(["over", "out", "off", "up", "down", "back", "away", "in", "on"])
#: Verbs of saying: a headline's frame ("UN Says Rebels Seize Town"), read as written; the verb
#: after it tells the act.
_SAYING = frozenset(["say", "tell"])


@lru_cache(maxsize=1)
def verb_bases() -> frozenset[str]:
    """The verbs a headline's verb is read from, in their base form: the event verbs, every verb of
    the synonym table (a phrasal verb's first word), the irregular verbs, and the opposite
    outcomes' verbs (a word whose past form its row lists: "deny" of "deny|denied", not "alive")."""
    out = set(EVENT_VERBS) | set(IRREGULAR_PAST) - _SAYING
    for group in VERB_SYNONYMS:
        for member in group:
            head = member.split()[0]
            if head.isalpha() and not head.endswith("ed") and head not in _PARTICLES:
                out.add(head)
    for row in OPPOSITES:
        for side in row:
            forms = set(side.split("|"))
            out |= {w for w in forms if to_past(w) in forms and to_past(w) != w}
    return frozenset(out)


def _base(word: str) -> tuple[str, bool] | None:
    """(the verb, whether written in -s) of a present form ("Seizes" -> ("seize", True)), or None."""
    w = word.lower()
    bases = verb_bases()
    if w in bases:
        return w, False
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if w.endswith(cut) and w[:-len(cut)] + add in bases:
            return w[:-len(cut)] + add, True
    return None


def verb_at(words: list[str]) -> int | None:
    """Where a headline's present-tense verb stands among its words, or None. The verb follows its
    subject (never the first word, never after a determiner, number, preposition or -ed adjective,
    never before "of") and agrees with
    it: after a verb-like noun, the word that agrees is the verb ("Drone Attack Kills", "Government
    Forces Retake"; "Rebels Attack Forces" keeps "Attack"). A past or auxiliary verb first: none
    ("Drone Attack Killed 5", "Rebels Have Seized")."""
    for k in range(1, len(words)):
        word = words[k]
        if is_finite_verb(word) and _base(word) is None:
            return None
        read = _base(word) if word.isalpha() and word[:1].isupper() else None
        before = words[k - 1].lower()
        if read is None or before in _NOUN_BEFORE or before[:1].isdigit() or before.endswith("ed") \
                or (k + 1 < len(words) and words[k + 1].lower() == "of"):
            continue  # a noun: "The Attack", "5 Strikes", "Armed Forces", "Demand Release Of"
        if k + 1 < len(words) and words[k + 1].isalpha() and words[k + 1][:1].isupper():
            after = _base(words[k + 1])
            if is_finite_verb(words[k + 1]) and after is None:
                return None  # "Drone Attack Killed": the noun before the past verb
            plural_before = words[k - 1].lower().endswith("s")
            if after is not None and after[1] != read[1] and (read[1] or not plural_before):
                continue  # the next word agrees with what comes before: it is the verb
        return k
    return None


_WORD = re.compile(r"\S+")


@text_cache()
def in_past(text: str) -> str:
    """A headline (in capitals or Title Case) with its present-tense verb written as its past form
    in lower case ("INSURGENTS SEIZE PORT TOWN" -> "INSURGENTS seized PORT TOWN"), and a particle
    right after it lower-cased too; any other text as it is."""
    if not (is_shouting(text) or headline(text)):
        return text
    spans = [m.span() for m in _WORD.finditer(text)]
    words = [text[a:b] for a, b in spans]
    k = verb_at(words)
    if k is None:
        return text
    read = _base(words[k])
    assert read is not None
    start, end = spans[k]
    out = text[:start] + to_past(read[0]) + text[end:]
    if k + 1 < len(words) and words[k + 1].lower() in _PARTICLES:
        shift = len(out) - len(text)
        a, b = spans[k + 1]
        out = out[:a + shift] + words[k + 1].lower() + out[b + shift:]
    return out
