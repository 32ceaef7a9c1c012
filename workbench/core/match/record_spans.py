"""A record against a superlative over a span (helper dup137, sets 137-140): "the largest march of
farmers in the country's history" (a record: `language.record_things`, `language.records` write it
"the record march", "a record high") and "the largest march of farmers since 2019" (larger ones came
before 2019) are two facts told in nearly the same words, never one. The span: "since" a year, a
decade or a month, "in" a count of years, decades, months or weeks, "this" or "last" year, month or
decade. Read on each claim's rewritten wording once (`text_cache`); a pair returns at once unless one
claim tells a record and the other a superlative.
"""

from __future__ import annotations

import re

from workbench.core.text_caches import text_cache

_RECORD = re.compile(r"\b(?:a|the)\s+record\b(?!\s+(?:of|for)\b)", re.I)
_SUPERLATIVE = (r"(?:largest|biggest|greatest|highest|lowest|smallest|fewest|deadliest|bloodiest|worst|strongest"
                r"|heaviest|hottest|coldest|wettest|driest|most|least)")
_NUMBER = r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|several)"
_SPAN = (r"(?:since\s+(?!records\b|record-keeping\b)(?:the\s+)?(?:\d{4}s?|(?:early|mid|late)[\s-]\d{4}s?|[A-Z][a-z]+\s+\d{4})"
         r"|in\s+(?:(?:over|more\s+than|nearly|almost|about|at\s+least)\s+)?(?:the\s+(?:past|last)\s+)?" + _NUMBER
         + r"\s+(?:years?|decades?|months?|weeks?)|in\s+(?:a|the\s+(?:past|last))\s+(?:year|decade|month|week|century)"
         r"|(?:so\s+far\s+)?(?:this|last)\s+(?:year|month|decade|season))")
_SPANNED = re.compile(r"\b(?:the|its|their)\s+" + _SUPERLATIVE + r"\b(?:\s+[\w'’-]+){0,8}?\s+" + _SPAN + r"\b", re.I)


@text_cache()
def _reading(rewritten: str) -> tuple[bool, bool]:
    """(tells a record, tells a superlative over a span) of one claim's rewritten wording."""
    low = rewritten.lower()
    record = "record" in low and _RECORD.search(rewritten) is not None
    spanned = ("since" in low or " in " in low or "this" in low or "last" in low) and _SPANNED.search(rewritten) is not None
    return record, spanned


def record_against_span(rewritten: tuple[str, str]) -> str | None:
    """'a record / a superlative since ...' when one claim tells a record and the other, telling none,
    a superlative over a span; else None."""
    (ra, sa), (rb, sb) = _reading(rewritten[0]), _reading(rewritten[1])
    if ra and sb and not rb or rb and sa and not ra:
        return "a record / a superlative over a span"
    return None
