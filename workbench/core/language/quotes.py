"""Quoting text for display without doubled marks: evidence that holds its own double quotation
marks ('"hundreds" of soldiers were killed') is set in single marks, British style, so that it
shows as ‘"hundreds" of soldiers were killed’, not “"hundreds" of …”; the quoted words themselves
stay exactly as the article has them (the evidence must stay verbatim)."""

from __future__ import annotations

_DOUBLE = "\"“”"


def in_quotes(text: str) -> str:
    """`text` between quotation marks that do not clash with the ones inside it."""
    t = " ".join(text.split())
    count = sum(t.count(q) for q in _DOUBLE)
    if count == 2 and len(t) > 1 and t[0] in _DOUBLE and t.rstrip(".,!?")[-1:] in _DOUBLE:
        return t  # already one quotation: '"The bridge is safe," he said' needs no second pair
    return f"‘{t}’" if count else f"“{t}”"
