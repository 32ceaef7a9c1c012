"""A nationality told as a predicate in three shapes (helper dup141, sets 141-144): people "were from
India", "were Indian", "were all Indian nationals" / "all of them Indian citizens" say one thing, and
no table synonym pairs a country's name with its people's ("India" / "Indian"), nor drops the
"nationals" the third shape adds. Each is written as the first ("were from India"): a country's
name is what matching knows apart ("from France" / "from Germany": two places), a people's name
is not (written the other way, "were French" / "were German" became a duplicate).

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
    """(from a country, its people's name as a predicate, {people's name: country})."""
    country_of = {name: country for country, names in DEMONYMS.items() for name in names}
    countries = "|".join(re.escape(c) for c in sorted(DEMONYMS, key=len, reverse=True))
    peoples = "|".join(re.escape(n) for n in sorted(country_of, key=len, reverse=True))
    from_country = re.compile(rf"\b({_BE})(?i:from)\s+the\s+({countries})\b{_CLAUSE_END}")
    people = re.compile(rf"\b({_BE})({peoples})(?:\s+(?i:nationals|citizens)\b|{_CLAUSE_END})")
    return from_country, people, country_of


def rewrite_nationalities(text: str, hits: list[str]) -> str:
    """`text` with a nationality told as a predicate written "<be> from <country>"; noted in `hits`."""
    from_country, people, country_of = _patterns()
    if not any(w in text for w in ("from the ", " nationals", " citizens", ",", ".", ";")):
        return text
    note = noter(hits)
    if "from the " in text:
        text = from_country.sub(lambda m: note(m, f"{m.group(1)}from {m.group(2)}"), text)
    return people.sub(lambda m: note(m, f"{m.group(1)}from {country_of[m.group(2)]}"), text)
