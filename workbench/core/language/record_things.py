"""A record thing told two ways, written one way before the tables read it (`paraphrases.rewrite_paraphrases`
calls this after `records`; helper dup137, sets 137-140). `records` reads a record count ("the
highest number in its history"); news tells a record event or thing the same way with its noun
between the superlative and the frame: "the largest single march of farmers in the country's
history", "the biggest seizure of cocaine ever recorded in Ecuador", "the greatest theft of gold
on record". Each is "the record <thing>", the frame's place kept ("in Ecuador's history" is "in
Ecuador"), so the two tellings share what they tell and "largest" / "biggest" / "greatest" no
longer stand apart.

- a superlative of size (largest, biggest, greatest, highest), a noun phrase of one to eight words
  (no clause punctuation), then a frame of the record: ever (recorded, registered, seen), on
  record, since records began, in history, in its (the country's, a name's) history;
- a low one (smallest, lowest) is "the record low <thing>", never a record high.

Not read: the superlative against a span or a place ("the largest march since 2019", "the
largest march in Europe": no record frame), "most" (an adverb of an adjective: "the most violent
protest in history").
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter

_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_PLACE_HISTORY = (r"in\s+(?P<place>(?:the\s+)?(?:" + _NAME + r"|country|nation|city|state|island|region|province|company"
                  r"|club|port))(?:'s|’s|'|’)\s+(?:recorded\s+)?history")
_FRAME = (r"(?:ever(?:\s+(?:recorded|registered|seen))?|on\s+record|since\s+records\s+began"
          r"|in\s+(?:(?:its|their|the)\s+)?(?:recorded\s+)?history|" + _PLACE_HISTORY + ")")
_THING = re.compile(r"\b(?:the|its|their)\s+(?:(?P<high>largest|biggest|greatest|highest)|(?P<low>smallest|lowest))\s+"
                    r"(?P<thing>(?:(?!ever\b|on\b|since\b|in\b)[\w'’-]+\s+)(?:(?!ever\b|since\b|on\s+record)[\w'’-]+\s+){0,7}?)"
                    + _FRAME + r"(?=[\s,.;:!?)]|$)", re.I)
#: Cheap pre-check: a word of a record's frame.
_FRAME_WORDS = ("record", "ever", "history")


def rewrite_record_things(text: str, hits: list[str]) -> str:
    """`text` with each record thing told as "the record <thing>" ("the record low <thing>"),
    its place kept; what was rewritten is appended to `hits`."""
    low = text.lower()
    if not any(w in low for w in _FRAME_WORDS):
        return text
    note = noter(hits)

    def record(m: re.Match[str]) -> str:
        place = m.group("place")
        said = "the record " + ("" if m.group("high") else "low ") + m.group("thing").strip()
        return note(m, said + (f" in {place}" if place else ""))

    return _THING.sub(record, text)
