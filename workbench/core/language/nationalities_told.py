"""A nationality told as a predicate in three shapes (helper dup141, sets 141-144): people "were from
India", "were Indian", "were all Indian nationals" / "all of them Indian citizens" say one thing, and
no table synonym pairs a country's name with its people's ("India" / "Indian"), nor drops the
"nationals" the third shape adds. Each is written as the second ("were Indian").

Read only as a predicate: after a form of "be" or "all of them" ("the 22 crew were from India",
"carrying 22 crew, all of them Indian nationals"), and "from <country>" only where the clause ends
there, so an origin or a route ("flights from India to Nepal", "imports from India rose") and a
count of nationals ("three Indian nationals were killed") stay as written. Countries and peoples
are `language.actors.DEMONYMS` (one-word peoples' names); applied by `told_otherwise`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.language.actors import DEMONYMS
from workbench.core.language.rewrite_notes import noter

#: What makes a phrase a predicate of nationality: a form of "be", "all of them" and the like.
_BE = r"(?i:(?:were|was|are|is|all\s+of\s+them|both\s+of\s+them|each\s+of\s+them|all\s+of\s+whom\s+were)\s+(?:all\s+|both\s+)?)"
#: Where a clause told "from <country>" ends: punctuation, the end, "and", a source ("according to").
_CLAUSE_END = r"(?=\s*(?:[,.;:!?]|$|(?i:and|according|officials|police|the\s+\w+\s+said|said)\b))"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(from a country, its people's nationals, {country or people's name: the people's name})."""
    people: dict[str, str] = {}
    for country, names in DEMONYMS.items():
        singular = names[0]
        people[country] = singular
        for name in names:
            people[name] = singular
    countries = "|".join(re.escape(c) for c in sorted(DEMONYMS, key=len, reverse=True))
    peoples = "|".join(re.escape(n) for n in sorted({n for ns in DEMONYMS.values() for n in ns}, key=len, reverse=True))
    from_country = re.compile(rf"\b({_BE})(?i:from)\s+(?:the\s+)?({countries})\b{_CLAUSE_END}")
    nationals = re.compile(rf"\b({_BE})({peoples})\s+(?i:nationals|citizens)\b")
    return from_country, nationals, people


def rewrite_nationalities(text: str, hits: list[str]) -> str:
    """`text` with a nationality told as a predicate written "<be> <people's name>"; noted in `hits`."""
    low = text.lower()
    if "from " not in low and "national" not in low and "citizen" not in low:
        return text
    from_country, nationals, people = _patterns()
    note = noter(hits)
    if "from " in low:
        text = from_country.sub(lambda m: note(m, f"{m.group(1)}{people[m.group(2)]}"), text)
    if "national" in low or "citizen" in low:
        text = nationals.sub(lambda m: note(m, f"{m.group(1)}{people[m.group(2)]}"), text)
    return text
