"""A sayer telling of its own act is that act's doer.

"Doctors Without Borders said it treated the four survivors" reports "it treated the four
survivors": read alone, the act has no doer, so "The Italian Red Cross said it treated the four
survivors" told the same act with nothing to set the two doers apart. The roles are read from
the reported content with the pronoun written as the sayer ("Doctors Without Borders treated
the four survivors"), so `doers.doer_names` reads the doer as it does for any claim.
"""

from __future__ import annotations

import re

from workbench.core.extract.attribution import MAX_FRAMED
from workbench.core.match.doers import frame_of

#: The reported content opening with the pronoun that stands for its sayer ("it", "they").
_PRONOUN = re.compile(r"(?:it|they)\s+(?=\w)", re.I)


def told_by_itself(text: str, said: str) -> str:
    """`said` (the claim's reported content) with an opening "it" or "they" written as the frame's
    speaker when the claim is its sayer's report of its own act ("The army said it killed ..." ->
    "The army killed ..."); else `said` unchanged."""
    if said == text or len(text) > MAX_FRAMED or not (m := _PRONOUN.match(said)):
        return said
    speaker = frame_of(text).speaker
    if not speaker or not text.lstrip().startswith(speaker):
        return said  # a speaker after the content ("..., it said") or none read
    return f"{speaker} {said[m.end():]}"
