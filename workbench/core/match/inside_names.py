"""Names inside other names: "Lake Chad" names waters, not Chad, and "Radio New Zealand" a
broadcaster, not New Zealand. `doers.doers_apart` leaves such words out when it looks for two
named doers or countries ("N'Djamena has sent troops to Lake Chad" / "Yaounde has sent ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.language.countries import country_short_names
from workbench.core.match.knowledge import actor_token, country_names, rewritten
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache


@lru_cache(maxsize=1)
def country_name_tokens() -> frozenset[str]:
    """The normalised token of every country name as `rewrite` writes it ("unitedkingdom"): every
    country's short name, not only those with another name ("Australia" / "Papua New Guinea sent
    troops" were no two countries while "Australia", known by no other name, was missing)."""
    shorts = set(country_names().values()) | set(country_short_names().values())
    return frozenset(t for name in shorts for t in normalize(actor_token(name)).tokens)


#: A name inside the name of waters ("Lake Chad", "the Gulf of Mexico", "the Congo River"): it names
#: the waters, not the country or the people the word also names.
_WATERS = re.compile(r"\b(?:Lake|Gulf of|Bay of|Sea of)\s+([A-Z][\w'-]+)|\b([A-Z][\w'-]+)\s+(?:River|Lake|Basin)\b")
_WATER_WORDS = ("Lake", "Gulf of", "Bay of", "Sea of", "River", "Basin")
#: A country inside a broadcaster's name ("Radio New Zealand", "Voice of America") names the source (helper dupb105).
_OUTLETS = re.compile(r"\b(?:Radio(?:\s+and\s+Television)?|Voice\s+of)\s+([A-Z][\w'-]+(?:\s+[A-Z][a-z][\w'-]+)?)")


@text_cache()
def names_inside_names(text: str) -> frozenset[str]:
    """Tokens of names written only inside waters' names (`_WATERS`), of countries only in a broadcaster's (`_OUTLETS`)."""
    outlets = (frozenset(normalize(rewritten(text)[0]).tokens) - frozenset(normalize(rewritten(_OUTLETS.sub("", text))[0]).tokens)
               ) & country_name_tokens() if _OUTLETS.search(text) else frozenset()
    # (a word every `_WATERS` match holds searched first: most claims name no waters)
    names = {m.group(1) or m.group(2) for m in _WATERS.finditer(text)} if any(w in text for w in _WATER_WORDS) else set()
    rest = _WATERS.sub(" ", text) if names else text
    return outlets | {t for n in names if not re.search(rf"\b{re.escape(n)}\b", rest) for t in normalize(n).tokens}
