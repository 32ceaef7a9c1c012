"""People who came to a place by sea, told other ways ("46,843 migrants reached the Canary Islands
by sea" / "47,000 people arrived in the Canaries by boat"): migration and rescue news tells one
count with another verb and another means each time, so neither the verb table nor the noun table
pairs them (helper dup101). Kept apart from `paraphrases` (whose arrivals read aircraft landings),
which is at its size.

- people who "reached" or "made it to" a named place, or "landed on" one, arrived in it: only with
  people in the clause before ("the talks reached a deal", "floodwaters reached Derna", "forces
  reached the outskirts of Pokrovsk" stay as written);
- "by boat", "by dinghy", "aboard boats", "in small boats" are "by sea".
"""

from __future__ import annotations

import re

#: People who cross: the clause's subject for "reached" to be an arrival.
_PEOPLE = re.compile(r"\b(?:migrants?|refugees?|asylum[\s-]+seekers?|people|persons|passengers|survivors|pilgrims|"
                     r"tourists|evacuees|children|families|Rohingya|men|women)\b", re.I)
#: "reached (the) Canary Islands", "made it to Lampedusa", "landed on Crete": a named place next.
_REACHED = re.compile(r"\b(?:(reached|reaches|reaching)|(?:made|makes|making)\s+it\s+to|(landed|lands|landing)\s+on)"
                      r"\s+(?=(?:the\s+)?[A-Z])")
#: The means of a sea crossing, written one way.
_BY_SEA = re.compile(r"\b(?:by\s+(?:boats?|dinghy|dinghies|cayucos?|pirogues?|canoes?|rafts?|small\s+boats?)"
                     r"|(?:aboard|on(?:board)?|in)\s+(?:small\s+|flimsy\s+|overcrowded\s+|rubber\s+|wooden\s+)*"
                     r"(?:boats|dinghies|cayucos|pirogues))\b", re.I)


def rewrite_crossings(text: str, hits: list[str]) -> str:
    """`text` with each arrival of people by sea written one way; what was rewritten is appended to `hits`."""
    low = text.lower()
    if "reach" in low or "made it" in low or "makes it" in low or "making it" in low or "landed on" in low \
            or "lands on" in low or "landing on" in low:
        def arrived(m: re.Match[str]) -> str:
            clause = re.split(r"[,;:.]", text[:m.start()])[-1]
            if not _PEOPLE.search(clause):
                return m.group(0)
            verb = (m.group(1) or m.group(2) or m.group(0)).lower()
            said = "arriving in " if verb.endswith("ing") else "arrives in " if verb.endswith("s") else "arrived in "
            hits.append(f"{m.group(0).strip()} = {said.strip()}")
            return said

        text = _REACHED.sub(arrived, text)
    if "boat" in low or "dingh" in low or "cayuco" in low or "pirogue" in low or "canoe" in low or "raft" in low:
        def by_sea(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0).strip()} = by sea")
            return "by sea"

        text = _BY_SEA.sub(by_sea, text)
    return text
