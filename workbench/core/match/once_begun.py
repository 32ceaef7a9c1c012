"""Beginnings that happen once, dated twice and told in other words: a conflict, not another event.

`once_only` reads acts that can be done only once (a first, a definite treaty signed, a founding)
and asks that two claims tell one in the same words. Three more classes of language tell an act
that happens once to one definite thing, a change of its state or its start:
- the **start of a definite thing's construction, phase or stage** ("Construction of the wall
  started", "Work on the dam began", "The second phase of the campaign began", "marking the start of
  the effusive phase"): one thing's building, one phase of one process, begins once. A trial, a
  strike, a season, protests begin again ("The trial began on 3 March 2021" / "2023" stays apart);
- a place **becoming a republic, independent or sovereign**, and a state held "since
  independence": a change of the form of a state, not an office taken ("Lula became president in
  2003" / "2023" comes again);
- **the plan (decision, intention, proposal) to do something announced**, active or passive: a
  definite plan is made public once; "announced a plan to cut subsidies" may be another plan.

Two claims each telling a once-only act (`once_only` or these) with dates far apart tell one act at
two dates when the reported content (the reporter's frame dropped, `claim_view.reported`) is the
same in words but its dates and the marks of the once reading ("first" as an adverb, "marking"
the start) and one claim adds at most one word ("the wall" / "the border wall"), not an ordinal or
"new", "other", "another" (`once_told_twice`). Their figures but years must be the same.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core import figures as fig
from workbench.core.figures.dates import MONTHS, WEEKDAYS
from workbench.core.match import knowledge
from workbench.core.match.claim_view import reported
from workbench.core.match.normalize import normalize
from workbench.core.match.once_only import once_only
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache

#: A cheap first test on the lowered claim: one holding none of these tells none of the beginnings.
_ANY = re.compile("began|begun|start|commenced|phase|stage|republic|independen|sovereign|announced")

#: What makes an act come again (as `once_only` reads it): a mark beside one of these is no mark.
_AGAIN = re.compile(r"\b(?:annual|yearly|again|another|latest|every|each|renewed|re-?started|resumed)\b", re.I)

_BEGAN = r"(?:(?:has|have|had|was|were)\s+)?(?:began|begun|started|commenced|got\s+under\s+way)\b"
_WORDS = r"(?:[\w'’-]+\s+){0,4}?"
#: The start of a definite thing's construction ("Construction of the wall started", "Work on the
#: dam began"), or of a phase or stage ("The effusive phase began", "the second stage of the
#: campaign started"), or a clause marking that start ("marking the start of the effusive phase").
_STARTED = re.compile(
    r"\b(?:construction|building|work)\s+(?:of|on)\s+(?:the|its|their)\s+" + _WORDS + _BEGAN
    + r"|\bthe\s+" + _WORDS + r"(?:phase|stage)\s+(?:of\s+(?:the|its|their)\s+" + _WORDS + r")?" + _BEGAN
    + r"|\bmark(?:ing|ed|s)?\s+the\s+(?:start|beginning|onset)\s+of\s+(?:the|its)\s+" + _WORDS
    + r"(?:phase|stage|construction)\b", re.I)
#: A change of the form of a state ("became a republic", "became a parliamentary republic", "became
#: independent"), and a state held from the independence ("since independence").
_BECAME = re.compile(r"\bbecame\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:republic|independent|sovereign)\b"
                     r"|\bsince\s+(?:(?:its|their|[\w'’]+'s?)\s+)?independence\b", re.I)
#: The plan to do something made public, active or passive ("announced the plan to become a
#: republic", "The plan to close the mines was first announced"); "a plan" may be another one.
_PLANS = r"(?:plan|decision|intention|proposal)"
_ANNOUNCED = re.compile(r"\bannounced\s+(?:the|its|their)\s+" + _PLANS + r"\s+to\b"
                        r"|\bthe\s+" + _PLANS + r"\s+to\s+(?:[\w'’-]+\s+){1,8}?(?:was|were|had\s+been)\s+"
                        r"(?:first\s+)?announced\b", re.I)

#: A state dated from a once-only event: what may stand between "since" and the date of a state's
#: start ("had been head of state since independence in 1966", "since the island became
#: independent in 1962"), read by `date_step`'s starts.
SINCE_ONCE = (r"(?:(?:(?:its|their|[\w'’]+'s?)\s+)?independence\s+in\s+"
              r"|(?:the\s+)?(?:[\w'’-]+\s+){0,2}?became\s+independent\s+in\s+)?")


@text_cache()  # asked per pair whose dates are far apart (and once per dated claim by the gate)
def begun_once(text: str) -> bool:
    """Whether a claim tells a beginning that happens once (module doc)."""
    low = text.lower()
    if not _ANY.search(low) or _AGAIN.search(low):
        return False
    return bool(_STARTED.search(text) or _BECAME.search(text) or _ANNOUNCED.search(text))


def told_once(text: str) -> bool:
    """Whether a claim tells an act that happens once: `once_only`'s or a beginning (`begun_once`)."""
    return once_only(text) or begun_once(text)


#: "first" as a mark of the once reading: an adverb ("first appeared", "was first announced"), or
#: "for the first time"; not the ordinal of a thing ("the first phase", "its first election").
_FIRST_MARK = re.compile(r"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!'s )"
                         r"\bfirst\s+(?!(?:time|phase|stage|half|quarter|round|leg|term)\b)[a-z]+"
                         r"|\bfor\s+the\s+first\s+time\b", re.I)
#: "marking the start of": the start is the other claim's act, "marking" no word of its own.
_MARKING = re.compile(r"\bmark(?:ing|ed|s)?\s+the\s+(?:start|begin\w*|onset)\s+of\b", re.I)
#: Words a claim may not add: another thing of the kind, or another of a series.
_OTHER_WORDS = ("new", "other", "another", "second", "third", "fourth", "fifth", "last", "next", "latest",
                "first", "final", "former")


@lru_cache(maxsize=1)
def _other_one() -> frozenset[str]:
    """`_OTHER_WORDS` normalised as the claims' words are."""
    return frozenset(t for w in _OTHER_WORDS for t in normalize(w).tokens) | frozenset(_OTHER_WORDS)


def _date_word(token: str) -> bool:
    return len(token) >= 3 and any(name.startswith(token) for name in (*MONTHS, *WEEKDAYS)
                                   if len(name) > 3)


@text_cache()  # read per pair whose two claims tell a once-only act with dates far apart
def _content(text: str) -> frozenset[str]:
    """The reported content's normalised words (rewritten as `compare` reads them) but its dates and
    the marks of the once reading."""
    said = reported(text)
    wording = knowledge.rewritten(said)[0]
    drop = {t for t in normalize(wording).tokens if _date_word(t)}
    if _FIRST_MARK.search(said):
        drop.add("first")
    if _MARKING.search(wording):
        drop.update(normalize("marking").tokens)
    return frozenset(normalize(wording).tokens) - drop


def _figures(qs: list[Quantity]) -> list[tuple[float | None, str | None]]:
    return sorted(((q.value, q.unit) for q in qs if fig.figure_kind(q) != fig.YEAR), key=repr)


def once_told_twice(texts: tuple[str, str], qs: tuple[list[Quantity], list[Quantity]]) -> bool:
    """Two claims telling one act that happens once (`told_once`) in the same reported words, one
    adding one word at most (not another of a kind or of a series), their figures the same: their
    far-apart dates clash (module doc)."""
    if not (told_once(texts[0]) and told_once(texts[1])) or _figures(qs[0]) != _figures(qs[1]):
        return False
    a, b = _content(texts[0]), _content(texts[1])
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    extra = large - small
    return bool(small) and small <= large and len(extra) <= 1 and not extra & _other_one()
