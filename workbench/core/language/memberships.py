"""A membership kept, told as staying in the body (helper dup133, sets 133-136): "Norway will remain
a member of the EEA", "Norway will retain its membership of the EEA" and "Norway will stay in the
EEA" say one thing, and the first two share no predicate word with the third ("member", "membership"
against "stay in"). News tells a state keeping its seat in a union, an alliance, a bloc or a
currency area either way.

Written "stay in <body>", tense kept. Only the membership forms are rewritten: a bare "remain in"
stays as written (it is also who is still held, "remains in custody", the opposite of "released",
and a place kept, `match.moved_or_stayed`). `match.member_bodies` reads "stay in <Name>" as written,
so a place there counts as a body: "Turkey will stay in NATO" / "Turkey's troops will stay in Syria"
is told apart as "membership of another body" (two facts, though the place is no body).
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter

#: "remain / stay / continue (as) a (full) member (state) of", "remained members of".
_MEMBER_OF = re.compile(r"\b(remain|remains|remained|remaining|stay|stays|stayed|staying|continue|continues|continued"
                        r"|continuing)\s+(?:as\s+)?(?:an?\s+)?(?:full\s+)?members?(?:\s+(?:states?|countries|nations))?"
                        r"\s+of\s+", re.I)
#: "retain / keep / maintain its membership of / in".
_KEEPS_MEMBERSHIP = re.compile(r"\b(retain|retains|retained|retaining|keep|keeps|kept|keeping|maintain|maintains"
                               r"|maintained|maintaining)\s+(?:its|their|his|her)\s+membership\s+(?:of|in)\s+", re.I)


def _stay(verb: str) -> str:
    """"stay" in the tense of `verb` ("remains" -> "stays", "kept" -> "stayed", "will remain" -> "stay")."""
    v = verb.lower()
    if v.endswith("ing"):
        return "staying"
    if v.endswith("s"):
        return "stays"
    return "stayed" if v.endswith("ed") or v == "kept" else "stay"


def rewrite_memberships(text: str, hits: list[str]) -> str:
    """`text` with each membership kept written "stay in <body>"; what was rewritten appended to `hits`."""
    low = text.lower()
    if "member" not in low:
        return text
    note = noter(hits)
    text = _MEMBER_OF.sub(lambda m: note(m, _stay(m.group(1)) + " in "), text)
    return _KEEPS_MEMBERSHIP.sub(lambda m: note(m, _stay(m.group(1)) + " in "), text)
