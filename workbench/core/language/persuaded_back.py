"""One "coaxed", "lured", "wooed" or "enticed" back into a place or a body was persuaded to return to it
("flew to Tarawa to persuade Kiribati to return to the forum" / "travelled there in a bid to coax the
country back into the Pacific Islands Forum"; helper dup129, sets 129-132). No word of one telling is a
table synonym of the other's, so neither table pairs them. Only with "back" and its place ("into",
"to"): "coaxed a goal", "lured investors with tax breaks" stay as written. Applied by
`told_otherwise.rewrite_told_otherwise`, with its notes ("<phrase> = <written>").
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter
from workbench.core.language.stems import in_tense_of

#: "coax(ed) <one> back into / to": up to four words for the one, none of them "back" or a clause's end.
_COAXED_BACK = re.compile(r"\b(coax|coaxes|coaxed|coaxing|lure|lures|lured|luring|woo|woos|wooed|wooing"
                          r"|entice|entices|enticed|enticing)\s+((?:(?!back\b)[\w'’-]+\s+){1,4}?)back\s+(?:into|to)\s+",
                          re.I)
#: The bare forms, kept bare ("to coax" -> "to persuade").
_BARE = frozenset(["coax", "lure", "woo", "entice"])


def _persuaded(m: re.Match[str]) -> str:
    """The return `_COAXED_BACK` matched, told as persuaded: "persuaded <one> to return to " (tense kept)."""
    verb = m.group(1).lower()
    said = "persuade" if verb in _BARE else in_tense_of(verb, "persuaded", "persuades", "persuading")
    return f"{said} {m.group(2)}to return to "


def rewrite_persuaded_back(text: str, hits: list[str]) -> str:
    """`text` with one coaxed back into a place written as persuaded to return to it; noted in `hits`."""
    if " back " not in text.lower():
        return text
    note = noter(hits)
    return _COAXED_BACK.sub(lambda m: note(m, _persuaded(m)), text)
