"""An activity that went on against the same activity stopped: opposite outcomes of one ongoing act
that no verb row pairs, read from how each claim tells it (sets 133-136, helper conf133b).

"The airline stopped selling tickets to Moscow" / "The airline kept selling tickets to Moscow",
"suspended deportations" / "pressed on with deportations", "halted pushbacks" / "continued
pushbacks". A claim tells an activity went on with a verb of continuing before it (kept / kept on
+ "-ing", continued + "-ing", "to" + verb or a noun, carried / went / pressed / pushed on or ahead
(with), persisted with); the other tells it stopped with a verb of stopping in a finite form
(stopped, halted, suspended, ceased, ended, paused, discontinued, called off, put an end to).
`OPPOSITES` pairs "continue" with "suspend" and "end" once the verb table has written both, but
"stop" is no row's (it is "stopped 300 migrants from crossing", "a bus stop", "urged it to stop"),
and "pressed on with", "kept" + "-ing" are no verb the table rewrites.

The activity is the words after the verb up to a preposition or a clause mark, and the words of one
phrase after "to", "of", "for", "on" or "from" ("selling tickets", "deportations of Haitians",
"lending to small farmers"): one claim's must hold the other's (the smaller inside the larger), so
"kept issuing passports" / "stopped issuing driving licences" and "kept lending to small farmers" /
"stopped lending to large exporters" are two things. A stop told only as asked for or
planned ("urged it to stop", "ordered the airline to stop selling") is in no finite form and is
not read; a claim telling both the activity kept and stopped, or denying an act ("did not stop"),
is left out (the denial is `negation_step`'s). Claims told of other dates are the date step's
("continued in May" / "suspended in June").

A plan is read against a plan (sets 137-140, helper conf137b): "said it would stop using the
airline" / "said it would keep using the airline", "will stop lending to coal miners" / "will
continue lending to coal miners" tell one decision two ways. The verb of stopping or continuing
is read after "will" or "would" (what is to come, not what could or might be), and a plan only
against a plan: "said it would stop selling" / "kept selling" may both be true (the plan comes
later), and "urged it to stop" is no plan of its doer.
"""

from __future__ import annotations

import re

from workbench.core.match.knowledge import rewrite
from workbench.core.match.normalize import normalize
from workbench.core.match.still_or_ended import still_or_ended
from workbench.core.text_caches import text_cache

#: Words that end an activity: prepositions, conjunctions, relative words (as written, lower case).
_END = (r"(?:to|in|on|at|of|for|by|with|from|into|after|before|despite|during|throughout|until|since|over"
        r"|across|amid|and|or|but|as|while|when|that|which|who|because|following|under|through|against|than|up)")
#: The activity: an optional determiner, then one to four words up to `_END` or a clause mark.
_WORDS = r"(?:(?!" + _END + r"\b)[a-z][\w'’-]*\s*)"
_ACTIVITY = (r"(?:(?:the|its|their|his|her|our|all|a|an)\s+)?"
             r"(" + _WORDS + r"{1,4}(?:(?:to|of|for|on|from)\s+(?:(?:the|its|their|a|an)\s+)?" + _WORDS + r"{1,3})?)")
#: A verb of continuing, then the activity ("kept issuing visas", "continued to air the programme",
#: "pressed on with deportations", "carried on with production").
_WENT_ON = re.compile(
    r"\b(?:(?:kept|keeps|keeping)(?:\s+on)?\s+(?=[a-z]+ing\b)"
    r"|(?:continued|continues|continuing)\s+(?:to\s+|with\s+)?"
    r"|(?:carried|carries|carrying|went|goes|going|pressed|presses|pressing|pushed|pushes|pushing"
    r"|forged|ploughed|plowed)\s+(?:on|ahead)\s+(?:with\s+)?(?=(?:the\s+|its\s+|their\s+)?[a-z]+)"
    r"|persisted\s+(?:with|in)\s+)" + _ACTIVITY)
#: A verb of stopping in a finite form, then the activity ("stopped issuing visas", "suspended
#: deportations", "called off the strike"); the bare form ("to stop", "urged it to halt") is not read.
_STOPPED = re.compile(
    r"\b(?:stopped|stops|halted|halts|suspended|suspends|ceased|ceases|ended|ends|paused|pauses"
    r"|discontinued|discontinues|called\s+off|calls\s+off|put\s+an\s+end\s+to|puts\s+an\s+end\s+to)\s+"
    + _ACTIVITY)
#: What is to come ("will", "would"): a plan told with a verb of continuing or of stopping after it.
_TO_COME = r"\b(?:will|would)\s+"
_PLANNED_ON = re.compile(
    _TO_COME + r"(?:keep(?:\s+on)?\s+(?=[a-z]+ing\b)|continue\s+(?:to\s+|with\s+)?"
    r"|(?:carry|go|press|push)\s+(?:on|ahead)\s+(?:with\s+)?(?=(?:the\s+|its\s+|their\s+)?[a-z]+)"
    r"|persist\s+(?:with|in)\s+)" + _ACTIVITY)
_PLANNED_STOP = re.compile(
    _TO_COME + r"(?:stop|halt|suspend|cease|end|pause|discontinue|call\s+off|put\s+an\s+end\s+to)\s+" + _ACTIVITY)
#: Cheap first tests (as written, lower case).
_GO_ON_WORDS = ("kept", "keep", "continu", " on ", " on with", "ahead", "persist")
_STOP_WORDS = ("stop", "halt", "suspend", "ceas", "end", "paus", "discontinu", "call", "put an end")
#: Denials that leave a claim out.
_DENIALS = frozenset(["not", "deny", "never"])


@text_cache()
def _tokens(words: str) -> frozenset[str]:
    return frozenset(normalize(rewrite(words)[0]).tokens)


def _activities(pattern: re.Pattern[str], low: str) -> tuple[frozenset[str], ...]:
    return tuple(t for m in pattern.finditer(low) if (t := _tokens(m.group(1))))


@text_cache()
def went_on(text: str) -> tuple[frozenset[str], ...]:
    """The normalised tokens of each activity a claim tells went on (`_WENT_ON`); empty for none."""
    low = text.lower()
    if not any(w in low for w in _GO_ON_WORDS):
        return ()
    return _activities(_WENT_ON, low)


@text_cache()
def stopped(text: str) -> tuple[frozenset[str], ...]:
    """The normalised tokens of each activity a claim tells was stopped (`_STOPPED`); empty for none."""
    low = text.lower()
    if not any(w in low for w in _STOP_WORDS):
        return ()
    return _activities(_STOPPED, low)


@text_cache()
def plans(text: str) -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]:
    """The activities a claim tells are to go on and to be stopped (`_PLANNED_ON`, `_PLANNED_STOP`)."""
    low = text.lower()
    if "will" not in low and "would" not in low:
        return (), ()
    return (_activities(_PLANNED_ON, low) if any(w in low for w in _GO_ON_WORDS) else (),
            _activities(_PLANNED_STOP, low) if any(w in low for w in _STOP_WORDS) else ())


def _same(x: frozenset[str], y: frozenset[str]) -> bool:
    """One activity: the smaller's words all in the larger."""
    return x <= y or y <= x


def went_on_or_stopped(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'opposite outcomes: went on / stopped: sell ticket' when one claim tells an activity went on
    and the other that it was stopped (module docstring); `tokens`: the claims' normalised tokens."""
    if _DENIALS & tokens[0] or _DENIALS & tokens[1]:
        return None
    for x, y in ((0, 1), (1, 0)):
        if (kept := went_on(texts[x])) and (ended := stopped(texts[y])) \
                and (told := _one_activity(kept, ended, stopped(texts[x]), went_on(texts[y]))):
            return f"opposite outcomes: went on / stopped: {told}"
        (kept, _), (_, ended) = plans(texts[x]), plans(texts[y])
        if kept and ended and (told := _one_activity(kept, ended, plans(texts[x])[1], plans(texts[y])[0])):
            return f"opposite outcomes: to go on / to stop: {told}"
    return still_or_ended(texts, tokens)  # a thing still going / ended, asked to go on / to end (helper conf145)


def _one_activity(kept: tuple[frozenset[str], ...], ended: tuple[frozenset[str], ...],
                  ended_too: tuple[frozenset[str], ...], kept_too: tuple[frozenset[str], ...]) -> str | None:
    """The words of an activity one claim tells kept and the other ended (`_same`), unless the claim
    telling it kept tells it ended too (`ended_too`) or the other tells it kept too (`kept_too`)."""
    for k in kept:
        for s in ended:
            if _same(k, s) and not any(_same(k, t) for t in ended_too) and not any(_same(s, t) for t in kept_too):
                return " ".join(sorted(k & s))
    return None
