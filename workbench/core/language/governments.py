"""A government named by its people's adjective ("the Kenyan government", "Malagasy authorities"),
written as its country's ("Kenya's government"); and one named by its seat ("the government in
Nairobi", helper dup133), written the same way.

Why: news names one government three ways: its capital ("Nairobi has banned ..."), its country
("Kenya's government") and its people's adjective ("the Kenyan government"). The capital and the
country are one actor to matching (`match.knowledge` aliases); the adjective was a word of its own,
so the doer read from "the Kenyan government" was another than Kenya's. Read with the words of
government only ("Kenyan runners", "the Kenyan border" stay as written). "The government in
<capital>" (`actors.CAPITALS`) is the same government told by where it sits ("according to the
government in Bridgetown" / "Barbados' government said"); a capital after "in" is otherwise a place
(`knowledge`), so the two shared no name. Only the words of a state's government (government,
administration, cabinet, regime): "authorities in Nairobi" may be the city's police. Its head named
with its title is its state's too ("Kenyan President William Ruto" = "Kenya's President William Ruto",
helper dup145a; `HEAD_TITLE`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.language.actors import CAPITALS, DEMONYMS
from workbench.core.language.alternation import trie
from workbench.core.language.rewrite_notes import noter

#: The words after a people's adjective that name its state's government, or one of the state's
#: bodies, up to two words on ("Spanish interior ministry figures" / "Spain's interior ministry
#: said", "the Italian coast guard"; helper dup101). Not the forces ("a French navy frigate" is
#: no "France sent" on the probes).
_GOVERNMENT = (r"(?:government|authorities|administration|cabinet|junta|regime"
               r"|(?:[a-z-]+\s+){0,2}?(?:ministry|coast\s*guard|foreign\s+office|home\s+office))")
#: Its head, as a title before a name ("Turkmen President Gurbanguly Berdimuhamedov" /
#: "Turkmenistan's president", helper dup145a): only opening the claim, a clause or after "the" alone,
#: so a record ("the first Senegalese president") and a people within a state ("the Bosnian Serb
#: leader": "Serb" is Serbia's people's name) stay; "leader" stays too (a party's, a people's). Not
#: the bare title ("the Greek prime minister has denounced ..."): ECB+'s "rioters bomb Greek bank"
#: then shared no "Greek" with it and lost its same-event link.
HEAD_TITLE = r"(?:President|Prime\s+Minister|Premier)\s+(?=[A-Z])"


@lru_cache(maxsize=1)
def _adjectives() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of "(the) <adjective> <government word>" and {adjective: country} (`DEMONYMS`; the
    plural names of people, "Afghans", are no adjective)."""
    table = {p: country for country, peoples in DEMONYMS.items() for p in peoples
             if p == peoples[0] or not p.endswith("s")}
    return re.compile(r"\b(?:[Tt]he\s+)?(" + trie(list(table)) + r")\s+(?=" + _GOVERNMENT + r"\b)"), table


@lru_cache(maxsize=1)
def _heads() -> re.Pattern[str]:
    """A pattern of a people's adjective before its state head's title and a name (`HEAD_TITLE`)."""
    return re.compile(r"(?:^|(?<=[,;:(]\s)|\b[Tt]he\s+)(" + trie(list(_adjectives()[1])) + r")\s+(?=" + HEAD_TITLE + r")")


@lru_cache(maxsize=1)
def _seated() -> re.Pattern[str]:
    """A pattern of "(the) government / administration / cabinet / regime in <capital>" (`CAPITALS`)."""
    return re.compile(r"\b(?:[Tt]he\s+)?(government|administration|cabinet|regime)\s+in\s+(" + trie(list(CAPITALS))
                      + r")(?![\w-])")


def rewrite_governments(text: str, hits: list[str]) -> str:
    """`text` with each government named by its people's adjective or by its seat written as its country's."""
    if " in " in text:
        note = noter(hits)
        text = _seated().sub(lambda m: note(m, f"{CAPITALS[m.group(2)]}'s {m.group(1)}"), text)
    pattern, table = _adjectives()

    def country(m: re.Match[str]) -> str:
        said = f"{table[m.group(1)]}'s "
        hits.append(f"{m.group(0).strip()} = {said.strip()}")
        return said

    return pattern.sub(country, text)


def rewrite_heads(text: str, hits: list[str]) -> str:
    """`text` with a state's head named by its people's adjective, as a title before a name, written
    as its country's ("Turkmen President Gurbanguly Berdimuhamedov" -> "Turkmenistan's President ...").
    Not asked of a headline in Title Case (`match.knowledge.rewrite`), where no capital tells a title
    and a name: "Italian Prime Minister Mario Monti Resigns" / "Palestinian Prime Minister Fayyad
    resigns" then lost the two peoples' names that keep them apart (STS dev)."""
    if "President" not in text and "Prime" not in text and "Premier" not in text:
        return text
    table = _adjectives()[1]
    note = noter(hits)
    return _heads().sub(lambda m: note(m, f"{table[m.group(1)]}'s "), text)
