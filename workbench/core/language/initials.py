"""A body's long name written as its initials, as the other outlet may write it ("the Economic
Community of Central African States" / "ECCAS", "the Food and Agriculture Organization" / "FAO").

No table lists every body; news forms their acronyms one way, from the capitalised words of the
name. Only names of three capitalised words or more that end in or hold a word for a body
(community, organisation, council, programme, ...) gain their initials: people's names ("Albert
Ondo Ossa") and places do not. The name's words stay (replacing them lost partial mentions, "the
canal authority" / "the Suez Canal Authority": sets 1-72 -3), so a claim writing the acronym now
shares it, and two bodies' long names differ by their initials too ("OAS" / "FAO").
"""

from __future__ import annotations

import re

#: Words that make a capitalised name a body's (singular and plural as written).
BODY_WORDS = frozenset([
    "agency", "agencies", "alliance", "archive", "assembly", "association", "authority", "bank", "board",
    "bureau", "centre", "center", "coalition", "commission", "committee", "community", "congress", "council",
    "court", "department", "federation", "force", "forces", "front", "fund", "institute", "league",
    "ministry", "mission", "movement", "office", "organisation", "organization", "party", "programme",
    "program", "service", "states", "union",
    # a government, an administration and a state company (helper figs84: "the Kurdistan Regional
    # Government" / "KRG", "the Federal Aviation Administration" / "FAA", "the Nigerian National
    # Petroleum Corporation" / "NNPC")
    "government", "administration", "company", "corporation",
])
#: Short words inside a body's name that give no letter ("of", "the", "and", "for").
_JOINERS = r"(?:of|the|and|for|de|du|des|la|le|pour|et)"
#: (a day or a month is no part of a name: "the Security Council Monday voted")
_CAP = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
        r"|July|August|September|October|November|December)\b)[A-Z][a-z][\w'’-]*")
_NAME = re.compile(rf"\b{_CAP}(?:\s+(?:{_JOINERS}\s+)*{_CAP})+")


def write_initials(text: str) -> str:
    """`text` with each long body name (`BODY_WORDS`, three capitalised words or more) followed by
    its initials. (Not for a headline, whose every word is capitalised: the caller's to tell.)"""
    return _NAME.sub(_initials, text)


#: Capitalised words that open a sentence or a phrase, no part of a name ("The World Food Programme").
_OPENERS = frozenset(["The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "Its", "Their", "His", "Her",
                      "After", "As", "But", "And", "When", "While", "Under"])


def _initials(m: re.Match[str]) -> str:
    found = m.group(0).split()
    kept: list[str] = []
    # an opener, or an owner before the name ("Bosnia's Central Election Commission" is the CEC)
    while found and (found[0] in _OPENERS or (len(found) > 1 and re.search(r"['’]s?$", found[0]))):
        kept.append(found.pop(0))
    if m.start() == 0 and not kept and len(found) > 1 and not found[1][:1].isupper():
        kept.append(found.pop(0))  # the text's first word, capitalised for being first ("Officials of the ...")
        while found and not found[0][:1].isupper():
            kept.append(found.pop(0))
    words = [w for w in found if w[:1].isupper()]
    if len(words) < 3 or not any(w.lower() in BODY_WORDS for w in words):
        return m.group(0)
    # the name kept (a partial mention, "the commission", still shares its words), its initials after it
    return " ".join([*kept, *found, "".join(w[0] for w in words)])

