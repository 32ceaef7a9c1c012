"""An act planned against the act done: "The fence is planned to cover 186 km of the border" / "The
fence has covered 186 km of the border so far", "Plans call for the plant to produce 500 megawatts"
/ "The plant produced 500 megawatts last year". The words, figures and meaning vector are nearly
the same; one claim tells what a plan provides for, the other what was done: two facts (helper
dup135, sets 133-136, read beside `language.plans`, which writes "plans call for X to" as "X is
planned to").

Read on each claim's rewritten wording (`knowledge.rewritten`): one claim tells its act as planned
("is / are / was / were planned to (be) <verb>"), the other tells no plan or future at all (no
plan word, modal, "to be", "expected", "scheduled", "set to", "due to") and holds the same verb in
a finite form (its stem: "covered", "ran", "lasted"). Two plans ("is planned to cover" / "plans
call for ... to run") are one kind of statement, and a plan against a future ("will cover") is
left as `match.wanted` leaves futures: news tells a scheduled act either way.
"""

from __future__ import annotations

import re

from workbench.core.language.stems import stem
from workbench.core.text_caches import text_cache

_PLANNED = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:now\s+|also\s+|still\s+|initially\s+)?planned\s+to\s+"
                      r"(?:be\s+)?(?P<verb>[a-z]+)\b", re.I)
#: Any plan or future in a claim: then it tells no act done.
_PLAN_OR_FUTURE = re.compile(r"\b(?:plans?|planned|planning|will|would|shall|could|may|might|should|expected|scheduled"
                             r"|slated|due\s+to|set\s+to|going\s+to|aims?\s+to|intends?|proposed|to\s+be|'ll|’ll)\b",
                             re.I)
_WORD = re.compile(r"[a-z]+")


@text_cache()
def _reading(wording: str) -> tuple[str | None, frozenset[str] | None]:
    """(the stem of the act a claim tells as planned, or None; the stems of its words when it
    tells no plan or future at all, else None): read once per claim."""
    m = _PLANNED.search(wording)
    if m is not None:
        return stem(m.group("verb").lower()), None
    if _PLAN_OR_FUTURE.search(wording):
        return None, None
    return None, frozenset(stem(w) for w in _WORD.findall(wording.lower()))


def planned_apart(wording_a: str, wording_b: str) -> str | None:
    """'planned / done: <verb>' when one claim tells an act as planned and the other the same act
    done (see the module's docstring), else None."""
    if not any(w in t for w in ("planned", "PLANNED", "Planned") for t in (wording_a, wording_b)):
        return None  # (most pairs: no cache look-up)
    (plan_a, done_a), (plan_b, done_b) = _reading(wording_a), _reading(wording_b)
    if plan_a is not None and done_b is not None and plan_a in done_b:
        return f"planned / done: {plan_a}"
    if plan_b is not None and done_a is not None and plan_b in done_a:
        return f"planned / done: {plan_b}"
    return None
