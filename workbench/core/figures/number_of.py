"""A figure whose noun is named before it ("put the number of people left without heating at some
35,000", "the number of marchers stood at 5,000"): what the figure counts is the noun after "the
number of", as though it followed the figure. Without it the figure counted nothing, so a count of
another thing with the same number was not told apart (helper figs84). Not "to": "bringing the total
number of cases to 418" tells a total reached, whose other figures the pairing then mixed up (MRPC).

A part of a whole counted after it ("took 19 of the assembly's 50 seats", "won 9 of its 12 matches")
counts what the whole counts: without it "19" counted nothing, and "19 of 50 seats" / "29 of the 50
seats" paired only the wholes, the parts left unread (helper conf125b, sets 125-128).

States told as a body's members ("15 member states", "cuts the forum's membership to 15 countries")
count its members: "17 members" / "membership to 15 countries" is one count told with two numbers
(`members_counted`, helper figs129, sets 129-132).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.core.model import Quantity

#: "the number of <noun> ... at", in the clause before the figure (no full stop, semicolon
#: or colon between); the noun is the first word after "of" (an article or a possessive skipped).
_NUMBER_OF_BEFORE = re.compile(
    r"\b(?:number|total)\s+of\s+(?:the\s+|their\s+|its\s+)?([a-z][a-z-]+)\b[^.;:]{0,60}?\sat\s+$", re.I)
#: How far before a figure "the number of" is looked for.
_REACH = 90


def counted_before(text: str, q: Quantity) -> Quantity:
    """`q` counting the noun named before it, when it counts nothing and has no unit."""
    if q.counted is not None or q.unit is not None or q.value is None:
        return q
    m = _NUMBER_OF_BEFORE.search(text, max(0, q.start - _REACH), q.start)
    if m is None or not _plural(noun := m.group(1).lower()):
        return q  # "the number of missing", "of dead": an adjective, whoever they are
    return replace(q, counted=noun)


#: Plurals without an "s" that news counts.
_PLURALS = frozenset(["people", "police", "children", "men", "women", "staff", "personnel", "cattle", "livestock"])


def _plural(word: str) -> bool:
    return word in _PLURALS or word.endswith("s") and not word.endswith("ss")


#: What lies between a part and its whole: "of", then at most two determiners or owners ("of the
#: assembly's", "of its", "of the country's"), nothing else.
_PART_OF_WHOLE = re.compile(r"\s*of\s+(?:(?:the|its|their|his|her|our|[a-z][\w-]*['’]s?)\s+){0,2}$", re.I)

#: An owner read as the thing counted ("19 of the assembly's 50 seats": "assembly's").
_OWNER = re.compile(r"['’]s?$")


def parts_counted(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with each bare figure written as a part of the next one ("19 of the 50 seats")
    counting what that whole counts, when the whole is a count at least as large. A figure read as
    counting the owner between ("19 of the assembly's": "assembly's") counts no owner."""
    if " of " not in text or len(found) < 2:
        return found
    out = list(found)
    for i, (q, whole) in enumerate(zip(found, found[1:], strict=False)):
        if q.counted is not None and not _OWNER.search(q.counted) or q.unit is not None or q.value is None or whole.counted is None \
                or whole.unit is not None or whole.value is None or whole.value < q.value:
            continue
        number = re.match(r"\s*[\w.,-]+", text[q.start:whole.start])
        if number and _PART_OF_WHOLE.match(text, q.start + number.end(), whole.start):
            out[i] = replace(q, counted=whole.counted)
    return out


#: What a body's members are counted as when they are states: "15 member countries", "a membership
#: of 30 nations" count the body's members as "17 members" does.
_STATES = r"(?:countries|states|nations)"
_MEMBER_STATES = re.compile(r"\bmember\s+" + _STATES + r"$", re.I)
#: A membership's size told before its figure: a verb of change before "membership to" ("cuts the
#: forum's membership to 15 countries", "brings the alliance's membership to 31 nations"), the
#: membership itself rising or standing ("membership rose to", "membership stands at"), or "a
#: membership of". Membership offered, extended or granted "to" states names new members, no size.
_MEMBERSHIP_BEFORE = re.compile(
    r"\b(?:(?:cut|cuts|cutting|bring|brings|bringing|brought|raise|raises|raised|raising|take|takes|took|taking"
    r"|lift|lifts|lifted|lifting|reduce|reduces|reduced|reducing|increase|increases|increased|increasing"
    r"|expand|expands|expanded|expanding|swell|swells|swelled|swelling|boost|boosts|boosted|boosting|push|pushes"
    r"|pushed|pushing|shrink|shrinks|shrank|shrinking|lower|lowers|lowered|lowering)\s+(?:[\w'’-]+\s+){0,5}?"
    r"membership\s+(?:to|at)"
    r"|membership\s+(?:has\s+|had\s+|now\s+)?(?:rose|risen|rises|grew|grown|grows|fell|fallen|falls|dropped|drops"
    r"|climbed|climbs|increased|shrank|shrunk|stands|stood|is|was)\s+(?:now\s+)?(?:to|at)"
    r"|\ba\s+membership\s+of)\s+$", re.I)
#: "counts 32 countries as members".
_AS_MEMBERS = re.compile(r"\s+as\s+(?:full\s+)?members\b", re.I)


def members_counted(text: str, q: Quantity) -> Quantity:
    """`q` counting a body's members when it counts states told as its members ("15 member
    states", "membership to 15 countries", "32 countries as members"): the counted noun is then
    "member <states>", which pairs with "17 members" and still with "15 countries" (a body of
    states counts its members so; helper figs129, sets 129-132)."""
    noun = (q.counted or "").lower()
    if noun not in ("countries", "states", "nations") or q.unit is not None:
        return q
    if _MEMBER_STATES.search(q.text) or _MEMBERSHIP_BEFORE.search(text, max(0, q.start - _REACH), q.start) \
            or _AS_MEMBERS.match(text, q.end):
        return replace(q, counted="member " + noun)
    return q
