"""A span of time after one event, told by both claims, ties them to one moment as a day does
("train services resumed about 51 hours after the crash" / "trains were running again on the
section 51 hours after the accident"; helper dup155, sets 153-156).

`anchor.anchor_floor` anchors an agreeing figure by the same day or the same place. A claim that
tells when by a span after the story's event ("51 hours after the crash", "three days after the
quake", "two weeks since the blast") gives a moment as precise as a date, and news repeats it as
it is. Two claims are so anchored when every figure is paired and agreeing, each is a span of time
(minutes to months: years after an event are an era, no moment) right before "after" or "since"
and the event, the two events are one (the same word once the noun table has read it, or two words
for one mishap: `_MISHAPS`), and the claims tell one act then (the same main verb of their reported
wording as the tables rewrite it, `roles.main_act`: "resumed" / "were running again"), so that two
things done the same time after one event stay apart ("rescue teams reached the trapped miners two
days after the blast" / "the mine flooded two days after the blast": a shared word, "miners", was
not enough).
"""

from __future__ import annotations

import re

from workbench.core.figures.compare import FigureCheck
from workbench.core.language.synonyms import same_nouns
from workbench.core.match.claim_view import ClaimView
from workbench.core.match.normalize import normalize
from workbench.core.match.roles import main_act
from workbench.core.model import Quantity

#: Spans that tell a moment after an event (not years, decades: an era).
_MOMENT_SPANS = frozenset(["minutes", "hours", "days", "weeks", "months"])
#: "after (since) the (a, its) <up to three words of the event>", the event ending at punctuation,
#: a preposition or the sentence's end.
_AFTER_EVENT = re.compile(r"\s+(?:after|since)\s+(?:the|a|an|its|their|this|that)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)"
                          r"(?=\s*(?:[,.;:!?)]|$|\s+(?:in|on|at|near|of|and|when|as|while|,|the|a)\b))", re.I)
#: Nouns news tells one mishap by, one story calling it a crash and another an accident (as
#: `normalize` writes them: each is its own stem).
_MISHAPS = frozenset(["crash", "accident", "collision", "derailment", "disaster", "tragedy", "mishap", "pileup"])


def _event_after(text: str, q: Quantity) -> frozenset[str] | None:
    """The event's normalised tokens (its nouns as the noun table writes them) after the span `q`."""
    m = _AFTER_EVENT.match(text, q.end)
    return frozenset(normalize(same_nouns(m.group(1))).tokens) if m else None


def _one_event(ea: frozenset[str], eb: frozenset[str]) -> bool:
    """One event: a word in common, two words for one mishap, or one word the end of the other's
    ("the fire" / "the wildfire", "the quake" / "the earthquake")."""
    return bool(ea & eb) or bool(ea & _MISHAPS and eb & _MISHAPS) or any(
        len(x) >= 3 and len(y) >= 3 and (x.endswith(y) or y.endswith(x)) for x in ea for y in eb)


def only_spans_after(check: FigureCheck, a: str, b: str) -> bool:
    """Whether every figure of two claims is an agreeing span after an event ("two days after the
    fire"): a moment, not a count of the fact, so it ties the pair only as `one_span_after` does."""
    return bool(check.agreements) and all(
        x.unit in _MOMENT_SPANS and y.unit in _MOMENT_SPANS and _event_after(a, x) is not None
        and _event_after(b, y) is not None for x, y in check.agreements)


def one_span_after(check: FigureCheck, a: str, b: str, views: tuple[ClaimView, ClaimView]) -> bool:
    """Whether every figure of two claims is one agreeing span after one event, the claims telling one
    act then by one doer (the module's docstring). `views`: the claims' `claim_view`s (the main act is
    read of their roles' wording, the doer of their `doers`)."""
    if not check.agreements or check.conflicts or check.unpaired_a or check.unpaired_b \
            or any(x.unit not in _MOMENT_SPANS or y.unit not in _MOMENT_SPANS for x, y in check.agreements):
        return False
    for x, y in check.agreements:
        ea, eb = _event_after(a, x), _event_after(b, y)
        if ea is None or eb is None or not _one_event(ea, eb):
            return False
    va, vb = views
    act = main_act(va.roles_wording)
    # each doer named with a name the other lacks ("President Joe Biden" / "Obama"): two doers at one
    # moment; a fuller name against a shorter one ("German Chancellor Olaf Scholz" / "Scholz") is one
    da, db = va.doers or frozenset(), vb.doers or frozenset()
    doers_apart = bool(da - db) and bool(db - da)
    return act is not None and act == main_act(vb.roles_wording) and not doers_apart
