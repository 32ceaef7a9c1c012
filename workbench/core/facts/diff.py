"""What differs between two matched claims: wording, figures, hedging, attribution and time.

The claim diff view shows two claims side by side; this says which words and which aspects
differ, so the view only paints.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from workbench.core.figures.compare import as_quantities
from workbench.core.figures.fallback import quantities_of
from workbench.core.model import Quantity

_TOKEN = re.compile(r"\w[\w.,%$€£-]*\w|\w|[^\w\s]")


def word_spans(a: str, b: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character spans of the words of `a` and of `b` that the other does not have (case-insensitive)."""
    ta = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(a)]
    tb = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(b)]
    matcher = difflib.SequenceMatcher(a=[t[2] for t in ta], b=[t[2] for t in tb], autojunk=False)
    da: list[tuple[int, int]] = []
    db: list[tuple[int, int]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if i2 > i1:
            da.append((ta[i1][0], ta[i2 - 1][1]))
        if j2 > j1:
            db.append((tb[j1][0], tb[j2 - 1][1]))
    return da, db


def _figures(claim: dict[str, Any]) -> list[Quantity]:
    """The claim's figures as extraction stored them, else as found in its text now."""
    stored = as_quantities(claim.get("quantities"))
    return stored if stored else quantities_of(claim.get("text") or "")


def _dates(claim: dict[str, Any]) -> list[str]:
    return [d.get("value") or d.get("text") or "" for d in claim.get("dates") or []]


def claim_differences(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Aspect -> (value in a, value in b, differs) for figure, hedge, attribution and time, plus the
    differing word spans of each text."""
    qa, qb = _figures(a), _figures(b)
    aspects = {
        "figure": (", ".join(q.text for q in qa) or "—", ", ".join(q.text for q in qb) or "—"),
        "hedge": ("hedged" if a.get("hedged") else "asserted", "hedged" if b.get("hedged") else "asserted"),
        "attribution": (a.get("speaker") or a.get("source") or "—", b.get("speaker") or b.get("source") or "—"),
        "time": (", ".join(_dates(a)) or (a.get("published") or "—"), ", ".join(_dates(b)) or (b.get("published") or "—")),
    }
    spans_a, spans_b = word_spans(a.get("text") or "", b.get("text") or "")
    differs = {k: va.strip().lower() != vb.strip().lower() for k, (va, vb) in aspects.items()}
    # figures differ when their values do ("half a million" and "500,000" agree)
    differs["figure"] = sorted(q.value for q in qa if q.value is not None) != \
        sorted(q.value for q in qb if q.value is not None) or (bool(qa) != bool(qb))
    return {
        "aspects": {k: {"a": va, "b": vb, "differs": differs[k]} for k, (va, vb) in aspects.items()},
        "spans_a": spans_a,
        "spans_b": spans_b,
    }
