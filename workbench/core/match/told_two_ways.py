"""One thing told two ways in a pair, each way common on its own (helper dup149b, sets 149-152): the
claim writing the one is written as the other when the other claim writes only that.

- a charge held against someone: "detained on suspicion of people smuggling" / "arrested nine men
  suspected of being the smugglers" ("on (for) suspicion of" is written "suspected of");
- a weekday's evening and its night: "on Friday evening" / "on Friday night" (news tells the hours
  after dark either way; its morning and afternoon stay apart);
- a ballot's side: "voted for the bill" against "voted against the bill" is "voted in favour of" it
  (stop 53). Per claim "voted for" is left a vote (`verbs`: "voted for a new parliament" takes no
  side on a motion); against a claim telling the other side it is that side's opposite (support /
  oppose), and the two sides told of one motion by one body are a conflict. Two counts of the two
  sides ("Fifty voted for" / "one voted against") stay two groups (`vote_sides`).

Why per pair and not in the per-claim rewrite (`knowledge.rewrite`): written one way in every claim,
a phrase changed the wording scores of the many pairs telling it alike (ECB+'s arrests "on suspicion
of drunk driving" / "for suspicions of driving under the influence": a same-event pair fell below a
duplicate; two "not" pairs both "on Saturday evening" rose 0.07), and written the other way round it
took "suspected" from a claim whose partner shares it as an adjective ("two suspected smugglers" /
"smugglers suspected of steering the vessel", set63, lost on the lexical path). Only a pair with
one telling on each side is rewritten.
"""

from __future__ import annotations

import re

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: (what one claim writes, what the other writes, how the first is written then, a substring both need)
_WAYS: tuple[tuple[re.Pattern[str], re.Pattern[str], str, str], ...] = (
    (re.compile(r"\b(?:on|for)\s+(?:the\s+)?suspicions?\s+of\b", re.I), re.compile(r"\bsuspected\s+of\b", re.I),
     "suspected of", "uspicion"),
    (re.compile(rf"\b({_WEEKDAY})\s+evening\b", re.I), re.compile(rf"\b{_WEEKDAY}\s+night\b", re.I),
     r"\1 night", "evening"),
    (re.compile(r"\b(vot(?:ed|es|e|ing))\s+for\b", re.I), re.compile(r"\bvot(?:ed|es|e|ing)\s+against\b", re.I),
     r"\1 in favour of", "against"),
)


def told_two_ways(a: str, b: str) -> tuple[str, str, str] | None:
    """`(a, b, what was read)` with each of `_WAYS` one claim tells its first way and the other only its
    second written the second way; None when none is (most pairs: a substring test first)."""
    said = []
    for told, plain, written, hint in _WAYS:
        if hint not in a and hint not in b:
            continue
        in_a, in_b = told.search(a) is not None, told.search(b) is not None
        if in_a == in_b or plain.search(b if in_a else a) is None or plain.search(a if in_a else b) is not None:
            continue
        text = a if in_a else b
        m = told.search(text)
        if m is None:
            continue
        said.append(f"{m.group(0)} = {m.expand(written)}")
        if in_a:
            a = told.sub(written, a)
        else:
            b = told.sub(written, b)
    return (a, b, "; ".join(said)) if said else None
