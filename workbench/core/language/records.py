"""A record told two ways, written one way before the noun table reads it (`paraphrases.rewrite_paraphrases`
calls this; helper dup135, sets 133-136): news tells a count that beat every earlier one as "the
highest number in its history", "the most ever recorded", "the highest on record" or, of a period
counted by its dead, "the deadliest year on record". Each is written as the noun table's own
wording, "a record high" ("an all-time high" is one already: `synonyms.NOUN_SYNONYMS`), and a low
one "a record low", so "623 murders in 2024, the highest number in its history" and "with 623
killings, 2024 was the deadliest year on record" share what they tell.

- a count: a superlative of size (highest, largest, biggest, greatest, most; lowest, smallest,
  fewest), a count's noun or none (number, total, tally, count, level, figure), then a frame of
  the record (on record, ever recorded, ever, in its / the country's / the city's history, since
  records began);
- a period counted by its dead: "deadliest" or "bloodiest" before a period (year, month, week,
  day, weekend, quarter, season) and the frame: "a record high year", the period kept, so
  "the deadliest month on record" stays a month.

Not read: a superlative without the frame ("the highest number this year", "the largest protest
since 2019": a comparison with a span, no record), "worst" (of what: a harvest's worst is its
lowest), "deadliest" of an event ("the deadliest attack on record": an event, not a count).
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter

_HIGH = r"(?P<high>highest|largest|biggest|greatest|most)"
_LOW = r"(?P<low>lowest|smallest|fewest)"
_COUNT_NOUN = r"(?:\s+(?:annual\s+|yearly\s+|monthly\s+)?(?:number|total|tally|count|level|figure))?"
_PERIOD = r"(?P<period>year|month|week|day|weekend|quarter|season)"
#: The frame that makes a superlative a record: against every count before, not a span's.
_FRAME = (r"(?:on\s+record|ever(?:\s+recorded|\s+registered)?|since\s+records\s+began"
          r"|since\s+record-keeping\s+began|in\s+(?:(?:its|their|the|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}'s?)\s+)?"
          r"(?:(?:country|nation|city|state|island|region|province|company|club)(?:'s|’s)\s+)?(?:recorded\s+)?history)")
_RECORD = re.compile(r"\b(?:the|its|their)\s+(?:" + _HIGH + "|" + _LOW + ")" + _COUNT_NOUN + r"\s+" + _FRAME + r"\b", re.I)
_DEADLIEST = re.compile(r"\b(?:the|its|their)\s+(?:deadliest|bloodiest|most\s+violent)\s+" + _PERIOD + r"\s+" + _FRAME
                        + r"\b", re.I)
#: Cheap pre-check: a word of a record's frame.
_FRAME_WORDS = ("record", "ever", "history")


def rewrite_records(text: str, hits: list[str]) -> str:
    """`text` with each record told as "a record high" ("a record low"); what was rewritten is
    appended to `hits` ("the highest number in its history = a record high")."""
    low = text.lower()
    if not any(w in low for w in _FRAME_WORDS):
        return text
    note = noter(hits)
    text = _RECORD.sub(lambda m: note(m, "a record high" if m.group("high") else "a record low"), text)
    return _DEADLIEST.sub(lambda m: note(m, f"a record high {m.group('period')}"), text)
