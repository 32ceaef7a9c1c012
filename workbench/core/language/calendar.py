"""Calendar words as regex pieces, defined once for the readers that skip or strip dates."""

from __future__ import annotations

#: A month's name or abbreviation in any case ("March", "Sept.", "jan"); inline-flagged, so it
#: can sit in a case-sensitive pattern.
MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
