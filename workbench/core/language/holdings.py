"""Shares of a company held, told other ways ("Norway's fund owns 3% of Apple" / "the fund holds a
3 percent stake in Apple"; "a 50-50 joint venture between X and Y" / "owned in equal shares by X
and Y"): business news tells one holding with a stake or a share, so neither the verb table nor the
noun table pairs them (helper dupb109). Apart from `paraphrases`, which is at its size.

- "holds / has / owns a N% stake in X" is "owns N% of X" (a stake bought, sold, raised or cut
  stays as written: an act on the holding, not the holding);
- "a 50-50 (equal) joint venture between", "owned in equal shares / equally / 50-50 by" are
  "owned equally by".
"""

from __future__ import annotations

import re

#: "holds a 15 percent stake in", "has a 3% stake in", "owned a 51 per cent stake in".
_STAKE = re.compile(r"\b(hold|holds|held|holding|has|have|had|having|own|owns|owned|owning)\s+(?:an?\s+)?"
                    r"((?:[\w.,]+\s*(?:%|percent|per\s+cent)|(?:majority|minority|controlling)))\s+"
                    r"(?:stake|shareholding|share)\s+in\b", re.I)
_OWN = {"hold": "own", "holds": "owns", "held": "owned", "holding": "owning", "has": "owns", "have": "own",
        "had": "owned", "having": "owning"}
#: An equal holding of two owners.
_EQUAL = re.compile(r"\b(?:(?:an?\s+)?(?:50[-/]50|fifty[-\s]fifty|equal)\s+joint\s+venture\s+(?:between|of|by)"
                    r"|(?:jointly\s+)?owned\s+(?:in\s+equal\s+(?:shares|parts|measure)|equally|50[-/]50|fifty[-\s]fifty)\s+by)\b",
                    re.I)


def rewrite_holdings(text: str, hits: list[str]) -> str:
    """`text` with each holding of shares written one way; what was rewritten is appended to `hits`."""
    low = text.lower()
    if "stake" in low or "share" in low:
        def stake(m: re.Match[str]) -> str:
            verb = m.group(1).lower()
            said = f"{_OWN.get(verb, verb)} {m.group(2)} of"
            hits.append(f"{m.group(0)} = {said}")
            return said

        text = _STAKE.sub(stake, text)
    if "venture" in low or "owned" in low:
        def equal(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0)} = owned equally by")
            return "owned equally by"

        text = _EQUAL.sub(equal, text)
    return text
