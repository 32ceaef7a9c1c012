"""An act under way when something happened, against a claim that nothing of the kind was: "the
band was performing on stage when the fire started" / "no concert was under way at the club when
the fire started", "workers were on shift when the blast happened" / "no one was working at the
plant when the blast happened".

The two claims share only the moment ("when the fire started"); what is under way is told in
other words (performing / concert), so the negation step, which asks for the denied words in the
other claim, sees no denial. Read here by the sentence's shape: one claim's main clause tells an
act in progress (a progressive "was performing", "were on shift"), the other's denies one ("no ...
was under way", "no one was working", "nothing was taking place"), and the clauses after "when"
tell one moment (most of their words shared).
"""

from __future__ import annotations

import re

from workbench.core.text_caches import text_cache

#: The moment: "when" (or "as") and its clause, to the end of the sentence.
_WHEN = re.compile(r"\b(?:when|as)\s+(?P<moment>[^.;:]+)", re.I)
#: A main clause telling an act in progress: "was performing", "were sitting an exam", "were on shift".
_UNDER_WAY = re.compile(r"\b(?:was|were)\s+(?:still\s+|already\s+)?(?:[a-z]{2,}ing\b|on\s+(?:stage|duty|shift|air|site|board)\b"
                        r"|under\s+way\b|underway\b|in\s+progress\b)", re.I)
#: A main clause denying one: "no concert was under way", "no one was working", "nobody was on duty".
_NONE_UNDER_WAY = re.compile(r"\b(?:no|nobody|nothing|none)\b(?:\s+(?!was\b|were\b)[\w'-]+){0,3}\s+(?:was|were)\s+"
                             r"(?:[a-z]{2,}ing\b|on\s+(?:stage|duty|shift|air|site|board)\b|under\s+way\b|underway\b"
                             r"|in\s+progress\b)", re.I)
#: Words of a main clause that deny it or hedge it otherwise ("was not working", "was due to be performing").
_OTHER_NEGATION = re.compile(r"\b(?:not|never|n't|no\s+longer)\b", re.I)
#: The share of the moment's words both claims tell.
_SAME_MOMENT = 0.6


@text_cache()  # a claim is read against each of its partners
def _reading(text: str) -> tuple[str, frozenset[str], str] | None:
    """('done' or 'denied', the moment's tokens, the moment as written) of a claim telling an act in progress when something
    happened, or denying one; None for other claims."""
    from workbench.core.match.normalize import normalize

    m = _WHEN.search(text)
    if m is None or m.start() == 0:
        return None
    main = text[:m.start()]
    moment = frozenset(normalize(m.group("moment")).tokens)
    if not moment:
        return None
    if _NONE_UNDER_WAY.search(main):
        return "denied", moment, m.group("moment").strip()
    if _UNDER_WAY.search(main) and not _OTHER_NEGATION.search(main) and not re.search(r"\b(?:no|nobody|nothing|none)\b", main, re.I):
        return "done", moment, m.group("moment").strip()
    return None


def while_denied(a: str, b: str) -> str | None:
    """'an act under way denied when <moment>' when one claim tells an act in progress at a moment the
    other tells with no act of the kind under way (`_reading`), else None. `a`, `b`: as written."""
    ra, rb = _reading(a), _reading(b)
    if ra is None or rb is None or ra[0] == rb[0]:
        return None
    shared = ra[1] & rb[1]
    if len(shared) < _SAME_MOMENT * max(len(ra[1]), len(rb[1])):
        return None
    return "an act under way denied when " + ra[2]
