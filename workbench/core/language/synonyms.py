"""Nouns news uses for the same people or things ("residents" / "civilians", "troops" /
"soldiers"), defined once for every stage that asks: matching writes each group one way before
comparing words (`match.knowledge.rewrite`), and figures read "1,500 workers" and "1,500
employees" as counting the same thing (`figures.compare`)."""

from __future__ import annotations

import re
from functools import lru_cache

#: Nouns news uses for the same group or thing ("residents" / "civilians", "troops" / "soldiers",
#: "demonstrators" / "protesters"), each group written to its first member; a member ending in
#: "s" also stands in the singular ("a resident" = "a civilian"). Only words that name the same
#: referent in news about one event: not "votes" / "ballots" (a tally), nor "fighters" / "rebels".
NOUN_SYNONYMS: list[list[str]] = [
    ["soldiers", "troops", "servicemen"],
    ["military", "armed forces"],
    ["civilians", "residents", "inhabitants", "locals", "local people", "local residents", "townspeople",
     "villagers"],
    ["people", "persons", "individuals"],
    ["protesters", "demonstrators", "protestors"],
    ["workers", "employees", "staff members", "staffers", "staff"],
    ["homes", "houses", "dwellings", "residences"],
    ["militants", "gunmen"],
    ["rebels", "insurgents", "rebel fighters", "opposition fighters"],
    ["police", "police officers", "policemen", "police force"],
    ["rescuers", "rescue workers", "emergency workers", "rescue teams", "emergency crews", "rescue crews"],
    ["ballots", "ballot papers"],
    ["election commission", "electoral commission", "election board", "electoral board"],
    ["companies", "firms"],
    ["tonnes", "tons", "metric tons", "metric tonnes"],
    ["floods", "flooding", "floodwaters", "flood waters"],
    ["children", "kids"],
    ["journalists", "reporters"],
    ["doctors", "physicians"],
    ["lawmakers", "legislators"],
]


@lru_cache(maxsize=1)
def _noun_table() -> tuple[re.Pattern[str], dict[str, str]]:
    to_canonical: dict[str, str] = {}
    for group in NOUN_SYNONYMS:
        canonical = group[0]
        for member in group:
            to_canonical.setdefault(member, canonical)
            if member.endswith("s") and not member.endswith("ss") and canonical.endswith("s") and member != canonical:
                one = canonical[:-3] + "y" if canonical.endswith("ies") else canonical[:-1]
                to_canonical.setdefault(member[:-3] + "y" if member.endswith("ies") else member[:-1], one)
    keys = sorted(to_canonical, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")\b", re.I), to_canonical


def same_nouns(text: str, hits: list[str] | None = None) -> str:
    """`text` with each synonym noun written as its group's first member (case of the first letter
    kept); what was rewritten is appended to `hits` ("residents = civilians")."""
    nouns, table = _noun_table()

    def noun(m: re.Match[str]) -> str:
        word = m.group(1)
        canonical = table[word.lower()]
        if canonical == word.lower():
            return word
        if hits is not None:
            hits.append(f"{word} = {canonical}")
        return canonical.capitalize() if word[0].isupper() else canonical

    return nouns.sub(noun, text)
