"""A body named as where something happened is its building: "Protesters gathered outside the
National Assembly in Windhoek" / "... outside the German embassy in Windhoek" are two sites in one
city, two facts.

`kind_slots.members_apart` tells two buildings apart ("a mosque" / "a school", "the port" / "the
stadium": `language.kinds`), but a parliament and a ministry are bodies there (a parliament votes,
a ministry speaks), no buildings, so "outside parliament" met "outside the embassy" as two kinds of
two trees and nothing was read. After a word of place ("outside", "in front of", "at", "near",
"inside", "opposite"), such a body stands for its building, read beside its kind as a body:
"outside parliament" and "outside the National Assembly" stay one building, "outside the
parliament building" / "in front of parliament" too. Not after "in" ("a majority in parliament",
"debated in the senate": the body, not a site). Two embassies are two buildings when each claim
names the embassy of a country the other names nowhere (`embassies_apart`).

A court named as a site is its courthouse ("outside the Supreme Court" / "outside the law courts"
are one building), and the office of a head of government or state is the building it sits in
("outside the Office of the Prime Minister" / "outside the law courts": two buildings; helper
notobj121, sets 121-124). Only as a site: "the prime minister's office said" is a speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.language.kinds import kind_words
from workbench.core.match.another_name import country_tokens
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: Bodies that stand for a building when named as a site, and the building's kind (`language.kinds`).
BODY_SITES = {"parliaments": "parliament buildings", "senates": "parliament buildings",
              "lower houses": "parliament buildings", "ministries": "ministry buildings",
              **dict.fromkeys(("courts", "supreme courts", "constitutional courts", "appeals courts", "military courts"),
                              "courthouses"),
              "prime ministers' offices": "prime ministers' offices", "presidents' offices": "presidential palaces"}
#: Words of a body with no kind of its own in `language.kinds` (a ministry is named by its field:
#: "the agriculture ministry", "the Ministry of Health"; a head of government's or state's office by
#: the office, as the reported wording writes it, "prime minister s office").
_MORE_WORDS = {"ministries": ("ministry",),
               "prime ministers' offices": ("office of the prime minister", "prime minister s office",
                                            "prime ministers office", "office of the premier", "premier s office"),
               "presidents' offices": ("office of the president", "president s office", "presidential office")}


@lru_cache(maxsize=1)
def _site() -> re.Pattern[str]:
    """A word of place, up to three words, then a body's word (lower case: a reported wording)."""
    words = {w: kind for kind in BODY_SITES for w in (*kind_words().get(kind, ()), *_MORE_WORDS.get(kind, ()))}
    body = "|".join(sorted((re.escape(w.lower()) for w in words), key=len, reverse=True))
    return re.compile(r"\b(?:outside|in front of|at|near|inside|opposite)\s+(?:[\w'-]+\s+){0,3}?"
                      rf"(?P<body>{body})\b")


@lru_cache(maxsize=1)
def _site_kinds() -> dict[str, str]:
    return {w.lower(): BODY_SITES[kind] for kind in BODY_SITES
            for w in (*kind_words().get(kind, ()), *_MORE_WORDS.get(kind, ()))}


def body_sites(wording: str) -> dict[str, str]:
    """{building kind: the body's words} for each body a claim's reported wording names as a site."""
    if "outside" not in wording and " at " not in wording and "front" not in wording and "near" not in wording \
            and "inside" not in wording and "opposite" not in wording:
        return {}
    kinds = _site_kinds()
    return {kinds[m.group("body")]: m.group("body") for m in _site().finditer(wording)}


#: A country's embassy or consulate, by its people's or its own name before it ("the french embassy",
#: "the unitedstates embassy", as the reported wording writes the US, "russia s embassy") or after it
#: ("the embassy of france").
_OWNED = re.compile(r"\b([a-z]+)(?: s)? (?:embassy|embassies|consulate|high commission)\b"
                    r"|\b(?:embassy|consulate) of (?:the )?([a-z]+)")


@text_cache()
def site_owners(wording: str) -> frozenset[str]:
    """The countries (`another_name.country_tokens`) whose embassies a claim's reported wording names."""
    table = country_tokens()
    return frozenset(table[t] for m in _OWNED.finditer(wording) for g in m.groups() if g
                     for t in normalize(g).tokens if t in table)


def embassies_apart(wording_a: str, wording_b: str) -> str | None:
    """'another country's embassy: france / unitedstates' when each claim names the embassy of a
    country the other claim names nowhere ("outside the French embassy" / "outside the US embassy":
    two buildings; "outside the embassy" / "outside the Australian embassy" may be one). Asked only
    of claims that both name an embassy (`kind_slots.members_apart`)."""
    oa, ob = site_owners(wording_a), site_owners(wording_b)
    if not oa or not ob or oa & ob:
        return None
    table = country_tokens()
    named_a = {table[t] for t in normalize(wording_a).tokens if t in table}
    named_b = {table[t] for t in normalize(wording_b).tokens if t in table}
    if oa & named_b or ob & named_a:
        return None
    return f"another country's embassy: {', '.join(sorted(oa))} / {', '.join(sorted(ob))}"
