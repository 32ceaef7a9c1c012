"""A thing one doer asked for against the same doer refusing it: opposite tellings of one stance
(sets 149-152, helper confneg149).

"The coast guard said the passengers had refused any assistance" / "The passengers asked the coast
guard for help", "the family declined an autopsy" / "the family requested an autopsy", "the
hikers turned down help from the rescue team" / "the hikers called for help". The one who asks for
a thing and the one who refuses it are one doer (the same words before each verb, back to the
start of its clause: "the crew of the fishing boat"), and
what is refused holds what is asked for ("any assistance" / "help": one token once normalised).

`wanted` reads "asked for" against a thing done as two facts; against the thing refused by the
one who asked, the two claims answer one question two ways. Not read:

- a refusal in the passive ("the migrants were refused asylum" / "asked for asylum"): the one who
  refuses is another; nor a refusal of a request, a call, an appeal ("refused the opposition's
  request for a recount" / "the opposition asked for a recount": the refusal answers the call);
- two doers ("the hospital refused help from the army" / "the mayor asked the army for help"), a
  pronoun for either (whose it is the words do not tell), a claim with a negation of its own.
"""

from __future__ import annotations

import re

from workbench.core.match.knowledge import rewrite
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: A refusal of a thing, the verb as group 1 ("refused any assistance", "turned down offers of help",
#: "refused to accept help").
_REFUSAL = re.compile(r"\b(refused|refuses|refusing|rejected|rejects|declined|declines|turned\s+down|turns\s+down"
                      r"|spurned|spurns|rebuffed|rebuffs)\s+(?:to\s+(?:accept|take|receive)\s+)?"
                      r"(?:(?:any|all|the|an?|further|offers?\s+of|outside|their|its|his|her)\s+){0,3}"
                      r"((?:(?!(?:from|by|to|of|in|at|on|after|and|but|as|because|when|while|despite)\b)[a-z][\w'-]*\s*){1,3})")
#: A call for a thing, the thing as group 1 ("asked the coast guard for help", "requested an
#: autopsy", "appealed to the army for aid", "called for help", "sought assistance").
_CALL = re.compile(r"\b(?:(?:asked|asks|appealed|appeals|called|calls|begged|begs|pleaded|pleads)"
                   r"(?:\s+(?!(?:for|to|that|on|off|out|up)\b)[\w'-]+){0,3}?(?:\s+to(?:\s+[\w'-]+){1,3}?)?\s+for"
                   r"|requested|requests|sought|seeks)\s+(?:(?:any|the|an?|urgent|immediate|more|further|their|its)\s+){0,2}"
                   r"((?:(?!(?:from|by|to|of|in|at|on|after|and|but|as|because|when|while)\b)[a-z][\w'-]*\s*){1,2})")
#: Words between a doer and its verb ("had refused", "have also declined").
_BETWEEN = frozenset(["had", "has", "have", "would", "also", "initially", "later", "then", "reportedly", "all"])
#: Words before a verb that make it passive or leave its doer untold: the refusal is another's.
_NO_DOER = frozenset(["was", "were", "is", "are", "been", "be", "being", "and", "or", "to", "who", "which", "that",
                      "he", "she", "they", "it", "we", "i", "you", "him", "them", "who", "had", "has", "have"])
#: A thing that is itself a call: a refusal of it answers someone's asking.
_CALLS = frozenset(["request", "requests", "call", "calls", "appeal", "appeals", "demand", "demands", "plea", "pleas",
                    "bid", "bids", "application", "applications", "petition", "petitions"])


#: Words that end a doer read back from its verb: a verb of saying, a conjunction, a relative word.
_DOER_START = frozenset(["said", "says", "say", "told", "tells", "that", "and", "but", "or", "when", "after", "before",
                         "while", "as", "because", "although", "though", ",", ";", ":"])
#: The most words a doer holds ("the crew of the fishing boat").
_DOER_WORDS = 6


def _doer(before: str) -> frozenset[str] | None:
    """The normalised tokens of the doer before a verb (the words back to the start of its clause,
    `_DOER_START`, at most `_DOER_WORDS`, the words of `_BETWEEN` aside), or None for none told
    ("were refused", "and refused", "they refused")."""
    words = re.findall(r"[a-z][\w'-]*|[,;:]", before.lower())
    while words and words[-1] in _BETWEEN and len(words) > 1 and words[-2] not in _NO_DOER:
        words.pop()
    if not words or words[-1] in _NO_DOER or not words[-1][:1].isalpha():
        return None
    doer: list[str] = []
    for w in reversed(words):
        if w in _DOER_START or len(doer) == _DOER_WORDS:
            break
        doer.append(w)
    tokens = frozenset(normalize(rewrite(" ".join(reversed(doer)))[0]).tokens)
    return tokens or None


def _things(phrase: str) -> frozenset[str]:
    return frozenset(normalize(rewrite(phrase)[0]).tokens)


@text_cache()
def refused_things(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(the doer's tokens, the tokens of what it refused) for each refusal of a thing in a claim."""
    low = text.lower()
    if not any(w in low for w in ("refus", "reject", "declin", "turn", "spurn", "rebuff")):
        return ()
    return tuple((doer, things) for m in _REFUSAL.finditer(low)
                 if _CALLS.isdisjoint(m.group(2).split()) and (doer := _doer(low[:m.start()]))
                 and (things := _things(m.group(2))))


@text_cache()
def asked_things(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(the doer's tokens, the tokens of what it asked for) for each call for a thing in a claim."""
    low = text.lower()
    if not any(w in low for w in ("ask", "appeal", "call", "beg", "plead", "request", "sought", "seek")):
        return ()
    return tuple((doer, things) for m in _CALL.finditer(low)
                 if (doer := _doer(low[:m.start()])) and (things := _things(m.group(1))))


def asked_or_refused(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'opposite outcomes: asked for / refused: <thing>' when one doer asks for a thing in one claim
    and refuses it in the other (module docstring); `tokens`: the claims' normalised tokens."""
    for x, y in ((0, 1), (1, 0)):
        refused = refused_things(texts[x])
        if not refused or "not" in tokens[y] or "not" in tokens[x]:
            continue
        for doer, things in asked_things(texts[y]):
            for other_doer, refused_of in refused:
                if doer == other_doer and things & refused_of:
                    return f"opposite outcomes: asked for / refused: {' '.join(sorted(things & refused_of))}"
    return None
