"""A government named by its people's adjective ("the Kenyan government", "Malagasy authorities"),
written as its country's ("Kenya's government").

Why: news names one government three ways: its capital ("Nairobi has banned ..."), its country
("Kenya's government") and its people's adjective ("the Kenyan government"). The capital and the
country are one actor to matching (`match.knowledge` aliases); the adjective was a word of its own,
so the doer read from "the Kenyan government" was another than Kenya's. Read with the words of
government only ("Kenyan runners", "the Kenyan border" stay as written).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.language.actors import DEMONYMS
from workbench.core.language.alternation import trie

#: The words after a people's adjective that name its state's government, or one of the state's
#: bodies, up to two words on ("Spanish interior ministry figures" / "Spain's interior ministry
#: said", "the Italian coast guard"; helper dup101). Not the forces ("a French navy frigate" is
#: no "France sent" on the probes).
_GOVERNMENT = (r"(?:government|authorities|administration|cabinet|junta|regime"
               r"|(?:[a-z-]+\s+){0,2}?(?:ministry|coast\s*guard|foreign\s+office|home\s+office))")


@lru_cache(maxsize=1)
def _adjectives() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of "(the) <adjective> <government word>" and {adjective: country} (`DEMONYMS`; the
    plural names of people, "Afghans", are no adjective)."""
    table = {p: country for country, peoples in DEMONYMS.items() for p in peoples
             if p == peoples[0] or not p.endswith("s")}
    return re.compile(r"\b(?:[Tt]he\s+)?(" + trie(list(table)) + r")\s+(?=" + _GOVERNMENT + r"\b)"), table


def rewrite_governments(text: str, hits: list[str]) -> str:
    """`text` with each government named by its people's adjective written as its country's."""
    pattern, table = _adjectives()

    def country(m: re.Match[str]) -> str:
        said = f"{table[m.group(1)]}'s "
        hits.append(f"{m.group(0).strip()} = {said.strip()}")
        return said

    return pattern.sub(country, text)
