"""The other side of a border: a name after "the border (frontier) with" tells which border, not
another doer or place. "Kenya reopened the border to trade" / "Kenyan authorities allowed traffic
to resume across the frontier with Tanzania" tell one border, the one claim naming the neighbour
the other leaves out, so the neighbour is no name left unmatched (`compare._unmatched_names`;
helper dup135, sets 133-136).

Only against a claim that tells a border without naming its other side ("the border", "its
borders"): two claims naming two neighbours ("the border with Tanzania" / "with Uganda") keep
their names, and the other rules read them apart.
"""

from __future__ import annotations

import re

from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: "the border with Haiti", "its frontier with the Democratic Republic of Congo", "borders with Mali".
_WITH = re.compile(r"\b(?:border|borders|frontier|frontiers)\s+with\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|the\s+)*"
                   r"[A-Z][\w'’-]*){0,4})")
_BORDER = re.compile(r"\b(?:border|borders|frontier|frontiers)\b", re.I)


@text_cache()
def border_reading(text: str) -> tuple[frozenset[str], bool]:
    """(the tokens of the neighbours a claim names after "border with", whether it tells a border
    without naming a neighbour): read once per claim."""
    sides = frozenset(t for m in _WITH.finditer(text) for t in normalize(m.group(1)).tokens)
    return sides, not sides and _BORDER.search(text) is not None


def neighbours_left_out(text: str, other: str) -> frozenset[str]:
    """The tokens of the neighbours `text` names after "border with" when `other` tells a border
    without naming its other side: names no rule should count as unmatched."""
    sides = border_reading(text)[0]
    if not sides or not border_reading(other)[1]:
        return frozenset()
    return sides
