"""A trip to a named place told as a visit ("visited Fukushima on Sunday" / "travelled to Fukushima
on Sunday", "flew into Lampedusa"): a leader's or an envoy's visit is told with either verb, and
the act table reads "travel" as a passage of ships and goods (`event_verbs.ACT_KINDS`), so the two
tellings would be two kinds of acts. Read only before a named place (a capitalised word next, "the"
allowed, and "the island of", "the town of"): "travelled to the border", "flew to safety", "went to war" stay as written; "went" stays
too (it goes to court, to the polls, to a vote). A visit made, paid or carried out is visiting too
("made a brief visit to Nuuk").
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter

#: A trip verb before "to" / "into" and a named place.
_TRAVELLED_TO = re.compile(r"\b(travell?ed|travels|travell?ing|travel|flew|flies|flying|fly|journeyed|journeys|journeying)"
                           r"\s+(?:to|into)\s+(?=(?:the\s+)?(?:(?:island|town|city|village|port|region|province)\s+of\s+)?[A-Z])")
#: A visit made or paid to a named place.
_MADE_A_VISIT = re.compile(r"\b(made|makes|making|make|paid|pays|paying|pay)\s+(?:an?|his|her|their|its)\s+"
                           r"(?:(?:brief|short|surprise|rare|first|second|official|unannounced|two-day|three-day|one-day)\s+)?"
                           r"visit\s+to\s+(?=(?:the\s+)?[A-Z])")
_VISITED = {"ing": "visiting", "s": "visits", "base": "visit", "past": "visited"}


def _form(verb: str) -> str:
    """The form of "visit" in `verb`'s tense ("flying" -> "visiting", "flies" -> "visits", "fly" -> "visit")."""
    v = verb.lower()
    if v.endswith("ing"):
        return _VISITED["ing"]
    if v.endswith("s"):
        return _VISITED["s"]
    if v in ("travel", "fly", "journey", "make", "pay"):
        return _VISITED["base"]
    return _VISITED["past"]


def rewrite_journeys(text: str, hits: list[str]) -> str:
    """`text` with each trip to a named place written as a visit; what was rewritten is appended to `hits`."""
    low = text.lower()
    note = noter(hits)
    if "trav" in low or "fl" in low or "journey" in low:
        text = _TRAVELLED_TO.sub(lambda m: note(m, _form(m.group(1)) + " "), text)
    if "visit to" in low:
        text = _MADE_A_VISIT.sub(lambda m: note(m, _form(m.group(1)) + " "), text)
    return text
