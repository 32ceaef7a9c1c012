"""Quoting text for display: a quotation inside a quotation takes single marks, so that a claim
like '"hundreds" of soldiers were killed' shows as “‘hundreds’ of soldiers were killed”, not with
doubled marks (“"hundreds" of …”)."""

from __future__ import annotations

_DOUBLE = "\"“”"


def in_quotes(text: str) -> str:
    """`text` between curly double quotation marks, its own double marks turned into single ones."""
    t = " ".join(text.split())
    if len(t) > 1 and t[0] in _DOUBLE and t[-1] in _DOUBLE and sum(t.count(q) for q in _DOUBLE) == 2:
        t = t[1:-1]  # a quotation already wrapped: one pair of marks is enough
    out: list[str] = []
    opening = True
    for i, ch in enumerate(t):
        if ch == "“" or (ch == '"' and opening and (i == 0 or not t[i - 1].isalnum())):
            out.append("‘")
            opening = False
        elif ch in "”\"":
            out.append("’")
            opening = True
        else:
            out.append(ch)
    return f"“{''.join(out)}”"
