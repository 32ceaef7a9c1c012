"""Article body -> atomic claims with exact spans, attribution, quantities and hedges.

STUB: interface only; the extraction work fills it in.
"""

from __future__ import annotations

from workbench.core.model import ExtractedClaim


def extract_claims(body: str, *, published: str | None = None, title: str | None = None) -> list[ExtractedClaim]:
    """Claims of `body` in reading order. `published` (ISO date) resolves relative dates."""
    return []
