"""A thing told still going against the same thing ended, and an order to keep a thing going against
an order to end it (sets 145-148, helper conf145).

- **Still going / ended**: "The fire at the crater is still burning" / "The fire at the crater has
  finally been extinguished", "the strike at the plant is still going on" / "has ended". A claim
  tells a thing still going with "is" or "are" "still" and a verb in "-ing" or a word of a thing
  under way ("under way", "ongoing", "in progress", "ablaze", "alight", "on fire"), or "remains"
  and such a word; the thing is its subject (the words before, back to a clause mark or a verb of
  saying: "Turkmengaz said the fire ..."). The other tells the thing ended: its subject with a verb
  of ending ("has been extinguished", "was put out", "has ended", "is over", "burned out") or its
  object ("firefighters put out the fire"). `went_on_or_stopped` reads an activity kept up or
  stopped ("kept selling tickets" / "stopped selling tickets"); a state told still holding and a
  thing ended no verb row pairs ("burning" / "extinguished" are no opposites as words: a fire
  burned for days and was then put out). Only the present ("is still") is read: "was still
  burning on Monday" and "was put out on Tuesday" may both be true. An activity told by its verb is
  that thing too, when the other names its object: "rescuers are still searching for the fishermen"
  / "the search for the fishermen was called off" (stop 52).
- **An order to keep a thing going / to end it**: "ordered officials to keep the crater burning" /
  "ordered officials to put out the fire at the crater", "ordered the plant to keep operating" /
  "to stop operating". `went_on_or_stopped` reads no request ("urged it to stop" is no act of
  its doer's, and may be turned down); told against another request by the same verb of asking
  ("ordered ... to keep" / "ordered ... to put out"), it is one decision told two ways.

The thing kept and the thing ended are one when the smaller's words (as `knowledge.rewrite` and
`normalize` write them) are all in the larger: "the Darvaza crater" / "the fire at the Darvaza
crater" are one, "the fire at the refinery" / "the fire at the depot" two. "still burning" /
"still smouldering" tell nothing ended. A claim telling both a thing going and the same thing
ended, or with a denial of its own, is left out (the denial is `negation_step`'s).
"""

from __future__ import annotations

import re

from workbench.core.match.knowledge import rewrite
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: Words of a thing under way, after "still" or "remains".
_UNDER_WAY = r"(?:under\s*way|ongoing|in\s+progress|ablaze|alight|aflame|on\s+fire|active|raging)"
#: A thing still going: "is / are still" and a verb in "-ing" ("being" is a passive's: "still being
#: held") or a word of a thing under way; "remains / remain" and such a word.
_STILL = re.compile(r"\b(?:(?:is|are)\s+still\s+(?:(?!being\b)[a-z]{2,}ing\b|" + _UNDER_WAY + r")"
                    r"|(?:remains|remain)\s+" + _UNDER_WAY + r")", re.I)
#: An activity still going, told by its verb, and its object up to three words ("still searching
#: for the missing fishermen").
_STILL_DOING = re.compile(r"\b(?:is|are)\s+still\s+((?!being\b)[a-z]{2,}ing)\b(?:\s+(?:for|into|through|at|on)\b)?"
                          r"((?:\s+(?!(?:the|a|an|his|her|its|their)\b)[\w'’-]+(?=\s|$|[,.;:])|\s+(?:the|a|an|his|her"
                          r"|its|their)\b){0,4})", re.I)
#: Where a subject begins, read back from "is still": a clause mark or a verb of saying before it.
_SUBJECT_START = re.compile(r"(?:^|[,;:]\s*|\b(?:said|says|say|told|reported|reports|confirmed|added|warned|stated"
                            r"|announced|insisted|that|and|but|while|as|where|because)\s+)(?![\s\S]*(?:[,;:]|\b(?:said"
                            r"|says|say|told|reported|reports|confirmed|added|warned|stated|announced|insisted|that"
                            r"|and|but|while|as|where|because)\b))", re.I)
#: Verbs of ending a thing, as a passive's participle, after "has / have / had / was / were" (maybe
#: "been"), or as an active verb before its object.
_ENDING_VERB = (r"(?:extinguished|put\s+out|doused|quenched|snuffed\s+out|called\s+off|capped|plugged|shut\s+down"
                r"|shut\s+off|switched\s+off|turned\s+off|halted|stopped|ended|suspended|brought\s+to\s+an\s+end)")
#: Verbs of a thing ending of itself (its subject before).
#: What may follow a thing that ended of itself: a clause's end, a preposition, a time ("has ended,",
#: "has ended after talks"), no object ("has stopped production": the subject stopped a thing).
_NO_OBJECT = (r"(?=\s*(?:[,.;:!?]|$)|\s+(?:on|in|at|after|before|with|when|as|and|but|amid|following|overnight"
              r"|early|late|last|this|abruptly|suddenly|without|for|today|yesterday)\b)")
_ENDED_OF_ITSELF = (r"(?:(?:(?:has|have|had)\s+(?:finally\s+|now\s+)?(?:ended|stopped|ceased|burn(?:ed|t)\s+out"
                    r"|gone\s+out|died\s+out|fizzled\s+out|petered\s+out)|(?:is|are)\s+(?:now\s+)?over"
                    r"|(?:burn(?:ed|t)|went|died|fizzled|petered)\s+out)" + _NO_OBJECT + ")")
_ENDED_SUBJECT = re.compile(r"\b(?:(?:(?:has|have|had)\s+(?:finally\s+|now\s+|since\s+)?been|was|were|is|are)\s+"
                            r"(?:finally\s+|now\s+|fully\s+|completely\s+|successfully\s+)?" + _ENDING_VERB
                            + r"|" + _ENDED_OF_ITSELF + r")\b(?!\s+(?:up|by\s+\w+ing|from)\b)", re.I)
#: The thing: an optional determiner, then one to four words and one phrase after a preposition
#: ("the fire at the Darvaza crater"), up to a clause mark or another word of a clause.
_END = (r"(?:to|in|on|of|at|near|for|by|with|from|into|after|before|during|until|since|and|or|but|as|while|when|that"
        r"|which|who|because|following|under|through|against|than|up|is|are|was|were|has|have|had|said)")
_W = r"(?:(?!" + _END + r"\b)[A-Za-z][\w'’-]*\s*)"
_THING = (r"((?:(?:the|its|their|his|her|a|an)\s+)?" + _W + r"{1,4}(?:(?:at|in|near|on|of)\s+(?:(?:the|its|a|an)\s+)?"
          + _W + r"{1,3})?)")
_ENDED_OBJECT = re.compile(r"(?<!\bto\s)\b(?:extinguished|extinguish(?:es)?|put\s+out|puts\s+out|doused|called\s+off|ended|ends"
                           r"|capped|plugged|shut\s+down|switched\s+off|turned\s+off)\s+" + _THING, re.I)
#: Verbs of asking, and the requests read after them ("ordered officials to keep the crater burning",
#: "told the plant to stop operating").
_ASKING = (r"\b(ordered|orders|order|told|tells|asked|asks|urged|urges|instructed|instructs|directed|directs)"
           r"\s+(?:[\w'’-]+\s+){0,5}?to\s+")
_KEEP_GOING = (r"(?:(?:keep|continue)\s+(?:on\s+)?((?:[a-z]+ing\b\s*){1,2})|(?:continue\s+to\s+)([a-z]+)"
               r"|keep\s+" + _THING + r"\s+(?:[a-z]+ing|going|alive|alight|lit|running|ablaze|on)\b)")
_ASKED_ON = re.compile(_ASKING + _KEEP_GOING, re.I)
_ASKED_OFF = re.compile(_ASKING + r"(?:(?:stop|halt|cease|end|suspend|discontinue)\s+((?:[a-z]+ing\b\s*){1,2})"
                        r"|(?:put\s+out|extinguish|douse|stop|end|halt|shut\s+down|shut\s+off|switch\s+off|turn\s+off"
                        r"|call\s+off|cap|plug)\s+" + _THING + r")", re.I)
#: Cheap first tests (as written, lower case).
_STILL_WORDS = ("still", "remain")
_ENDED_WORDS = ("extinguish", "put out", "puts out", "doused", "quench", "snuffed", "called off", "capped", "plugged",
                "shut", "switched off", "turned off", "halted", "stopped", "ended", "brought to an end", "ceased", "suspended",
                " out", " over")
_ASKING_WORDS = ("order", "told", "tell", "ask", "urge", "instruct", "direct")
#: Denials that leave a claim out.
_DENIALS = frozenset(["not", "deny", "never"])


@text_cache()
def _tokens(words: str) -> frozenset[str]:
    return frozenset(normalize(rewrite(words)[0]).tokens)


def _subject(before: str) -> frozenset[str]:
    """The tokens of the subject ending `before` (back to `_SUBJECT_START`, at most 8 words)."""
    start = _SUBJECT_START.search(before)
    words = before[start.end() if start else 0:].split()[-8:]
    return _tokens(" ".join(words))


@text_cache()
def still_going(text: str) -> tuple[frozenset[str], ...]:
    """The tokens of each thing a claim tells is still going (`_STILL`)."""
    low = text.lower()
    if not any(w in low for w in _STILL_WORDS):
        return ()
    return tuple(t for m in _STILL.finditer(text) if (t := _subject(text[:m.start()])))


@text_cache()
def still_doing(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each activity a claim tells still going by its verb ("rescuers are still searching for the
    fishermen"): the verb's tokens (search) and its object's (fisherman)."""
    if "still" not in text.lower():
        return ()
    return tuple((verb, _tokens(m.group(2) or "")) for m in _STILL_DOING.finditer(text) if (verb := _tokens(m.group(1))))


@text_cache()
def ended(text: str) -> tuple[frozenset[str], ...]:
    """The tokens of each thing a claim tells ended: a subject before `_ENDED_SUBJECT`, an object
    after `_ENDED_OBJECT`."""
    low = text.lower()
    if not any(w in low for w in _ENDED_WORDS):
        return ()
    subjects = (_subject(text[:m.start()]) for m in _ENDED_SUBJECT.finditer(text))
    objects = (_tokens(m.group(1)) for m in _ENDED_OBJECT.finditer(text))
    return tuple(t for t in (*subjects, *objects) if t)


@text_cache()
def requests(text: str) -> tuple[tuple[tuple[str, frozenset[str]], ...], tuple[tuple[str, frozenset[str]], ...]]:
    """The things a claim tells someone was asked to keep going and to end, each with its verb of
    asking's first four letters ("orde" for "ordered")."""
    low = text.lower()
    if not any(w in low for w in _ASKING_WORDS):
        return (), ()

    def read(pattern: re.Pattern[str]) -> tuple[tuple[str, frozenset[str]], ...]:
        found = ((m.group(1).lower()[:4], _tokens(next((g for g in m.groups()[1:] if g), ""))) for m in pattern.finditer(text))
        return tuple((verb, t) for verb, t in found if t)

    return read(_ASKED_ON), read(_ASKED_OFF)


def _one(x: frozenset[str], y: frozenset[str]) -> bool:
    """One thing: the smaller's words all in the larger."""
    return x <= y or y <= x


def _clash(going: tuple[frozenset[str], ...], over: tuple[frozenset[str], ...], over_too: tuple[frozenset[str], ...],
           going_too: tuple[frozenset[str], ...], within: bool = False) -> str | None:
    """The words of a thing one claim tells going and the other ended, unless either tells the
    thing both ways (`over_too`: the first claim's things ended, `going_too`: the second's going).
    `within`: the thing ended must be told in no more words than the thing going, whose subject
    may be a doer ("the minister is still refusing" / "the minister's term has ended")."""
    for g in going:
        for e in over:
            if (e <= g if within else _one(g, e)) and not any(_one(g, t) for t in over_too) and not any(_one(e, t) for t in going_too):
                return " ".join(sorted(g & e))
    return None


def still_or_ended(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'opposite outcomes: still going / ended: fire' or 'opposite outcomes: asked to keep going / to
    end: plant operat' (module docstring); `tokens`: the claims' normalised tokens."""
    if _DENIALS & tokens[0] or _DENIALS & tokens[1]:
        return None
    for x, y in ((0, 1), (1, 0)):
        if (going := still_going(texts[x])) and (over := ended(texts[y])) \
                and (told := _clash(going, over, ended(texts[x]), still_going(texts[y]), within=True)):
            return f"opposite outcomes: still going / ended: {told}"
        if told := _activity_ended(still_doing(texts[x]), ended(texts[y]), (tokens[x], tokens[y]), ended(texts[x]),
                                   still_going(texts[y])):
            return f"opposite outcomes: still going / ended: {told}"
        (on, _), (_, off) = requests(texts[x]), requests(texts[y])
        for verb in {v for v, _ in on} & {v for v, _ in off}:
            if told := _clash(tuple(t for v, t in on if v == verb), tuple(t for v, t in off if v == verb),
                              tuple(t for _, t in requests(texts[x])[1]), tuple(t for _, t in requests(texts[y])[0])):
                return f"opposite outcomes: asked to keep going / to end: {told}"
    return None


def _activity_ended(doing: tuple[tuple[frozenset[str], frozenset[str]], ...], over: tuple[frozenset[str], ...],
                    tokens: tuple[frozenset[str], frozenset[str]], over_too: tuple[frozenset[str], ...],
                    going_too: tuple[frozenset[str], ...]) -> str | None:
    """An activity one claim tells still going by its verb ("are still searching for the fishermen")
    that the other tells ended by its noun ("called off the search", "the search for the fishermen
    has ended"): the thing ended names the activity and nothing the first claim does not, and the
    other claim names the activity's object (a search for someone else may have ended); neither
    tells it both ways. `tokens`: the still claim's and the other's normalised tokens."""
    for verb, obj in doing:
        for e in over:
            if verb <= e <= tokens[0] and obj <= tokens[1] and not any(e <= t for t in over_too) \
                    and not any(_one(e, t) for t in going_too):
                return " ".join(sorted(e))
    return None
