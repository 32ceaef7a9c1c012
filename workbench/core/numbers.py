"""Quantities and dates in text, normalised so that "some 500,000" and "half a million" compare.

STUB: interface only; the extraction work fills it in.
"""

from __future__ import annotations

from datetime import date

from workbench.core.model import DateMention, Quantity


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, with offsets into `text`."""
    return []


def find_dates(text: str, reference: date | None = None) -> list[DateMention]:
    """Every date mention in `text`; relative ones ("on Sunday") resolved against `reference`."""
    return []
