"""A trip to a named place told as a visit ("visited Fukushima on Sunday" / "travelled to Fukushima
on Sunday", "flew into Lampedusa"): a leader's or an envoy's visit is told with either verb, and
the act table reads "travel" as a passage of ships and goods (`event_verbs.ACT_KINDS`), so the two
tellings would be two kinds of acts. Read only before a named place (a capitalised word next, "the"
allowed, and "the island of", "the town of"): "travelled to the border", "flew to safety", "went to
war" stay as written; "went" and "came" stay too (to court, to the polls, to power).

Written "paid a visit to", the light verb the act reader takes for a visit (`acts`), so the place
keeps its preposition: a capital after it stays a place ("travelled to Podgorica" / "came to the
Montenegrin capital"), where "visited Podgorica" reads the capital as its government.
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter

#: A trip verb before "to" / "into" and a named place; not an infinitive ("advised not to travel to
#: Taiwan", "permission to fly to Baghdad": a trip asked or allowed, none made).
_TRAVELLED_TO = re.compile(r"(?<!\bto\s)\b(travell?ed|travels|travell?ing|travel|flew|flies|flying|fly|journeyed|journeys|journeying)"
                           r"\s+(?:to|into)\s+(?=(?:the\s+)?(?:(?:island|town|city|village|port|region|province)\s+of\s+)?[A-Z])")


#: An aircraft or an airline flies to a place without visiting it ("the only carrier flying to Baghdad").
_AIRCRAFT = re.compile(r"\b(?:airlines?|carriers?|flights?|planes?|jets?|aircraft|airliners?|pilots?|helicopters?|drones?)\b", re.I)


def _paid(verb: str) -> str:
    """"pay" in `verb`'s tense ("flying" -> "paying", "flies" -> "pays", "fly" -> "pay", else "paid")."""
    v = verb.lower()
    if v.endswith("ing"):
        return "paying"
    if v.endswith("s"):
        return "pays"
    return "pay" if v in ("travel", "fly") else "paid"


def rewrite_journeys(text: str, hits: list[str]) -> str:
    """`text` with each trip to a named place written as a visit paid; what was rewritten is appended to `hits`."""
    low = text.lower()
    if "trav" not in low and "fl" not in low and "journey" not in low:
        return text
    note = noter(hits)

    def visit(m: re.Match[str]) -> str:
        if _AIRCRAFT.search(re.split(r"[,;:.]", text[:m.start()])[-1]):
            return m.group(0)
        return note(m, _paid(m.group(1)) + " a visit to ")

    return _TRAVELLED_TO.sub(visit, text)
