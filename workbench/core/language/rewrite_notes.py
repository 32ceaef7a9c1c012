"""How a rewrite notes what it changed: "<phrase as matched> = <what it is written as>" appended to
the caller's `hits` (shown as "same meaning: ..." in `compare`'s reasons). One definition for every
module of `language` that rewrites a claim's wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def noted_match(hits: list[str], m: re.Match[str], shown: str, said: str) -> str:
    """`said` for the phrase `m` matched, its rewrite noted in `hits` as "<phrase> = <shown>"."""
    hits.append(f"{m.group(0).strip()} = {shown}")
    return said


def noter(hits: list[str]) -> Callable[[re.Match[str], str], str]:
    """`note(m, said)` for one rewrite call: `said`, noted in `hits` as "<phrase> = <said, trimmed>"."""
    return lambda m, said: noted_match(hits, m, said.strip(), said)
