"""One act told before an event against the same act told after it: a clash of times (sets
125-128, helper conf125b).

"The government released the text of the agreement before the minister left for Beijing" / "...
only after the minister returned from Beijing": the same act (the words before "before" / "after"
alike but "only", "just", "shortly", "long") set on two sides of one event. The event is the same
when the words of the two clauses are alike; a departure ("left", "departed", "set off") and the
return from that journey ("returned", "came back", "got back") are two ends of one trip, so "before
he left" against "after he returned" clashes too, while "after he left" against "before he
returned" does not (the act may fall during the trip). A claim with a negation of its own is left
to `negation_step`.

The same act told before one event and after another, the events sharing no word, is no clash but
two facts of its time (`one_act_two_events`, read with the acts of one doer in `background_acts`).
"""

from __future__ import annotations

import re

from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: The act, the side of the event and the event (up to a clause mark).
_TIMED = re.compile(r"^(?P<act>.+?)\s+(?:(?:only|just|shortly|long|well|soon|hours|days|weeks)\s+)?"
                    r"(?P<side>before|after)\s+(?P<event>[^,;:.]+)", re.I)
#: The end of a journey a clause tells: a departure or a return.
_LEAVE = re.compile(r"\b(?:left|leaves|leaving|leave|departed|departs|departing|set\s+(?:off|out))\b", re.I)
_RETURN = re.compile(r"\b(?:returned|returns|returning|return|came\s+back|comes\s+back|got\s+back|gets\s+back)\b", re.I)
#: Prepositions of a journey's end ("left for", "returned from"), dropped with its verb.
_LEG = re.compile(r"\b(?:for|from|to)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n't\b", re.I)
#: The fewest words of each event an act timed by two events tells (`one_act_two_events`).
_EVENT_WORDS = 2


@text_cache()
def _timed(text: str) -> tuple[frozenset[str], str, str | None, frozenset[str]] | None:
    """(the act's tokens, "before" / "after", "leave" / "return" / None, the event's other tokens)
    of a claim telling an act timed against an event; None for none or a negated claim."""
    low = text.lower()
    if ("before " not in low and "after " not in low) or _NEGATED.search(low):
        return None
    m = _TIMED.match(text.strip())
    if m is None:
        return None
    event = m.group("event")
    end = "leave" if _LEAVE.search(event) else "return" if _RETURN.search(event) else None
    rest = _LEG.sub(" ", _RETURN.sub(" ", _LEAVE.sub(" ", event)))
    act = frozenset(normalize(m.group("act")).tokens)
    if not act:
        return None
    return act, m.group("side").lower(), end, frozenset(normalize(rest).tokens)


def before_or_after(texts: tuple[str, str]) -> str | None:
    """'one act before / after one event' when the claims set the same act on two sides of one
    event (module docstring)."""
    x, y = _timed(texts[0]), _timed(texts[1])
    if x is None or y is None or x[1] == y[1] or x[0] != y[0] or not x[3] or x[3] != y[3]:
        return None
    before, after = (x, y) if x[1] == "before" else (y, x)
    if before[2] == after[2] or (before[2], after[2]) == ("leave", "return"):
        return "one act before / after one event"
    return None


def one_act_two_events(texts: tuple[str, str]) -> str | None:
    """'one act timed by two events: before ... / after ...' when the claims tell the same act (its
    words alike, "a day" and all) before one event and after another, the two events sharing no word
    and each told in two words or more ("suspended the hunt a day before the season was due to start"
    / "... a day after receiving a report from the council"): each claim dates the act by its own
    event, two facts of it, where one event on both sides (`before_or_after`) is a clash. (helper
    not161b, sets 161-164)"""
    x, y = _timed(texts[0]), _timed(texts[1])
    if x is None or y is None or x[1] == y[1] or x[0] != y[0] or x[2] is not None or y[2] is not None \
            or len(x[3]) < _EVENT_WORDS or len(y[3]) < _EVENT_WORDS or x[3] & y[3]:
        return None
    return f"one act timed by two events: {x[1]} {' '.join(sorted(x[3])[:3])} / {y[1]} {' '.join(sorted(y[3])[:3])}"
