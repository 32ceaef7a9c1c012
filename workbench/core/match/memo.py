"""Dates of a pair compared once per distinct pair: one story's claims repeat few dates, so the
date comparison of a pair is mostly an answer already given. (A pair's figure lists repeat too
little to pay for a key; `figures.FigureCheck` computes its derived lists once instead.)

The date memo's key holds every field the rule reads (each mention's text and value, typed),
never object identities, so a memoised answer is the one the rule would give. It is cleared
when it reaches `MEMO_MAX` entries.
"""

from __future__ import annotations

from workbench.core.match import knowledge

#: Entries per memo before it is cleared (~1-2 KB an entry).
MEMO_MAX = 20_000


def date_key(items: list | None) -> tuple | None:
    """A claim's key in the date memo (None when a mention cannot be a key): a caller comparing the
    claim many times reads it once (`claim_view.claim_view`)."""
    key = _date_key(items)
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _date_key(items: list | None) -> tuple:
    """What `knowledge.compare_dates` reads of each date mention (its text and value, typed)."""
    out = []
    for d in items or ():
        if isinstance(d, dict):
            text, value = d.get("text"), d.get("value")
        else:
            text, value = getattr(d, "text", None), getattr(d, "value", None)
        out.append((isinstance(d, dict), type(text), text, type(value), value))
    return tuple(out)


#: `knowledge.compare_dates` by the two claims' `_date_key`s (one story repeats few dates).
_DATES: dict[tuple, knowledge.DateCheck] = {}


def compare_dates(dates_a: list | None, dates_b: list | None, keys: tuple | None = None) -> knowledge.DateCheck:
    """`knowledge.compare_dates`, memoised; `keys`: the two lists' `date_key`s when known."""
    if not dates_a or not dates_b:
        return knowledge.DateCheck(None)
    try:
        key = keys if keys is not None else (_date_key(dates_a), _date_key(dates_b))
        found = _DATES.get(key)
    except TypeError:  # an unhashable mention: read it every time
        return knowledge.compare_dates(dates_a, dates_b)
    if found is None:
        found = knowledge.compare_dates(dates_a, dates_b)
        if len(_DATES) >= MEMO_MAX:
            _DATES.clear()
        _DATES[key] = found
    return knowledge.DateCheck(found.verdict, found.reason)
