"""Country names as news writes them, read once from pycountry (ISO 3166) for every stage that
asks: figures (a country before an apposition is no person: "Syria, 3,") and matching (actor
aliases, places within their country)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def country_short_names() -> dict[str, str]:
    """{each name of a country without a comma (its ISO, official and common names, and the short
    name itself): the short name ("Syrian Arab Republic": "Syria", "Syria": "Syria")}."""
    names: dict[str, str] = {}
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return names
    for c in pycountry.countries:
        short = getattr(c, "common_name", None) or c.name.split(",")[0]
        for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None), short):
            if n and "," not in n:
                names[n] = short
    return names
