"""A measure done away with against the same measure changed at the same moment: "Bhutan scrapped the
Sustainable Development Fee when it reopened to tourists" / "Bhutan raised the Sustainable
Development Fee to $200 a night when it reopened to tourists". A fee, a tax, a subsidy raised, cut
by half, doubled or extended is still there; scrapped, abolished or repealed it is not: told of one
thing by one doer in one frame, the two are a conflict (helper conf141b, set 144). The verb table
reads "scrapped" as "cancel" and no row of `opposites` pairs it with "raise" (its rows hold no
object, and "raised concerns" / "cancelled flights" are no opposites), so this is read with the
thing: the same object, the same rest of the sentence.

Read on each claim's reported wording as written (`claim_view.reported`):
- **ended**: scrapped, abolished, axed, eliminated, ditched, repealed, removed, ended, cancelled,
  withdrew, did away with;
- **changed and kept**: raised, increased, hiked, doubled, tripled, quadrupled, halved, lowered,
  reduced, slashed, extended, expanded, and "cut" with what it was cut to or by ("cut the subsidy"
  alone may be its end);
active ("X scrapped the fee") or passive ("the fee was scrapped"), a plan ("will scrap") only
against a plan; not after "to" (an act asked for or planned: "plans to raise the fee") nor "not".
The things are one when their last words are the same and at most one adds words the other claim
lacks ("the tourist tax" / "the parking tax" are two); the rest of the sentence, what the change
was to ("to $200 a night", "by half") left out, must be the same words (the doer, "when it
reopened"): told at another time ("raised it in 2019" / "scrapped it in 2022") or without the time
the other tells, the two may both be true, one after the other.
"""

from __future__ import annotations

import re

from workbench.core.match.claim_view import reported
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

_ENDED = (r"scrap(?:ped|s)?|abolish(?:ed|es)?|ax(?:e|ed|es)|eliminat(?:e|ed|es)|ditch(?:ed|es)?|repeal(?:ed|s)?"
          r"|remov(?:e|ed|es)|end(?:ed|s)?|cancel(?:l?ed|s)?|withdr(?:ew|awn|aw|aws)|d(?:id|one|o|oes)\s+away\s+with")
_CHANGED = (r"rais(?:e|ed|es)|increas(?:e|ed|es)|hik(?:e|ed|es)|doubl(?:e|ed|es)|tr(?:ip|eb)l(?:e|ed|es)"
            r"|quadrupl(?:e|ed|es)|halv(?:e|ed|es)|lower(?:ed|s)?|reduc(?:e|ed|es)|slash(?:ed|es)?|extend(?:ed|s)?"
            r"|expand(?:ed|s)?|cut(?:s)?")
#: Cheap tests on a claim's lower-case surface (`claim_view.surface`).
_ANY_ENDED = re.compile(rf"\b(?:{_ENDED})\b")
_ANY_CHANGED = re.compile(rf"\b(?:{_CHANGED})\b")

#: A figure a change goes to or by ("$200 a night", "5 euros", "30 percent", "half").
_FIG = (r"(?:[$€£¥]\s?)?\d[\d,.]*(?:\s?(?:%|percent|per\s+cent|euros?|dollars?|pounds?|rupees?|cents?|pence"
        r"|bn|billion|million))?(?:\s+(?:a|an|per)\s+[a-z]+)?")
_CHANGE = rf"(?P<change>\s+(?:from\s+{_FIG}\s+)?(?:to|by)\s+(?:{_FIG}|half|a\s+(?:third|quarter)|two-thirds))?"
#: Where the thing's words end: a preposition or conjunction starting the rest, punctuation, the end.
_END = (r"(?=\s+(?:when|after|as|in|on|at|for|during|while|before|and|but|from|with|under|amid|last|this|next"
        r"|since|until|because)\b|\s*[,.;]|\s*$)")
_THING = r"(?:[\w'’$-]+\s+){0,5}?[\w'’-]+"
#: Active: "scrapped the fee", "will raise its fee to $200" (not "to raise", "not raise").
_ACTIVE = re.compile(rf"(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)\b(?:(?P<plan>will|would)\s+)?(?P<verb>{_ENDED}|{_CHANGED})\s+"
                     rf"(?P<thing>(?:the|its|their|his|her|this|a|an)\s+{_THING}){_CHANGE}{_END}", re.I)
#: Passive, the thing as the subject: "The visa fee was scrapped", "the fee will be raised to $50".
_PASSIVE = re.compile(rf"^(?P<thing>(?:the|its|their|[\w'’-]+['’]s|a|an)\s+{_THING})\s+(?:(?:was|were|is|are|has\s+been"
                      rf"|have\s+been|had\s+been|is\s+being|are\s+being)|(?P<plan>will|would)\s+be)\s+"
                      rf"(?P<verb>{_ENDED}|{_CHANGED}){_CHANGE}{_END}", re.I)
_LIGHT = frozenset(["the", "a", "an", "its", "their", "his", "her", "this"])


@text_cache()  # asked only of claims holding such a verb (`_ANY_ENDED`, `_ANY_CHANGED`)
def act_on_thing(text: str) -> tuple[bool, bool, str, frozenset[str], frozenset[str], str, str] | None:
    """(ended?, a plan?, the thing's last word, its words, the rest's words, the verb, the thing as
    written) of a claim
    telling a thing ended or changed (module doc), or None."""
    said = reported(text).strip()
    m = _PASSIVE.search(said) or _ACTIVE.search(said)
    if m is None:
        return None
    verb = m.group("verb").lower()
    ended = _ANY_ENDED.fullmatch(verb) is not None
    if verb in ("cut", "cuts") and not m.group("change"):
        return None  # "cut the subsidy" may be its end
    words = [w for w in m.group("thing").split() if w.lower() not in _LIGHT]
    thing = [t for t in normalize(" ".join(words)).tokens if not any(c.isdigit() for c in t)]
    if not thing:
        return None
    start = m.start("thing") if m.re is _PASSIVE else m.start()
    rest_norm = normalize(said[:start] + " " + said[m.end():])
    rest = frozenset(rest_norm.tokens).union(rest_norm.numbers)  # its years too: "in 2019" / "in 2022"
    return ended, m.group("plan") is not None, thing[-1], frozenset(thing), rest, verb, " ".join(words).lower()


def ended_or_changed(surfaces: tuple[str, str], texts: tuple[str, str],
                     tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'ended / changed: scrapped / raised the fee' when one claim tells a thing done away with and
    the other the same thing changed, in the same words besides (module doc), else None.
    `surfaces`: the claims' `claim_view.surface`; `texts` as written; `tokens` their normalised tokens."""
    sa, sb = surfaces
    if not (_ANY_ENDED.search(sa) and _ANY_CHANGED.search(sb) or _ANY_CHANGED.search(sa) and _ANY_ENDED.search(sb)):
        return None
    ra, rb = act_on_thing(texts[0]), act_on_thing(texts[1])
    if ra is None or rb is None or ra[0] == rb[0] or ra[1] != rb[1] or ra[2] != rb[2] or ra[4] != rb[4]:
        return None
    if ra[3] != rb[3] and ra[3] - tokens[1] and rb[3] - tokens[0]:
        return None  # two things: each adds a word the other claim lacks
    gone, changed = (ra, rb) if ra[0] else (rb, ra)
    return f"ended / changed: {gone[5]} / {changed[5]} the {gone[6]}"
