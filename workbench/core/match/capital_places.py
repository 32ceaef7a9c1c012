"""A capital named as a place in one claim and its country, or "the capital", in the other: one place
("sent envoys to Maseru" / "sent envoys to Lesotho", "soldiers on the streets of Harare" / "troops
on the streets of the capital").

`knowledge.rewrite` reads a capital as its government only where it acts ("Pretoria has sent");
after a preposition it is kept as a place, one claim at a time, so a retelling naming the country
instead, or "the capital" once the story has named it, shares no word for the place. Read against
the other claim: a capital one claim names as a place is written as the place the other names for
it, so every step that compares places, names and words reads one place (as `spelt_names` does for
an acronym). Only when the other claim names no capital of its own and no other country as a place
("envoys to Niamey" / "envoys to Chad" stay two places), after the same preposition ("flights to
Juba" / "oil exports from South Sudan" are no one place), and for a country only as a destination
("to Lesotho": its capital; "in Argentina" may be anywhere in it).
"""

from __future__ import annotations

import re

from workbench.core.match.knowledge import CAPITALS, rewritten
from workbench.core.match.place_names import places
from workbench.core.text_caches import text_cache

#: "the capital" standing for a city the story has named: not "the capital, Athens", "the capital
#: Tripoli" (named there), nor "the capital's" region or "capital city of" another place.
_THE_CAPITAL = re.compile(r"\bthe\s+capital\b(?!\s*,?\s+[A-Z])(?!'s)(?!\s+(?:city\s+)?of\b)")


@text_cache()
def _capitals_as_places(text: str) -> tuple[str, ...]:
    """The capitals a claim names as places (kept as written by `knowledge.rewritten`)."""
    named = [c for c in CAPITALS if c in text]
    if not named:
        return ()
    written = rewritten(text)[0]
    return tuple(c for c in named if re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", text)
                 and re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", written))


#: A destination: envoys, troops, aid sent "to" a state reach its capital; an event "in" a state may
#: be anywhere in it ("a train crash in Argentina" / "in Buenos Aires", STS dev).
_TOWARDS = frozenset(["to", "into", "towards", "toward"])


def _word_before(text: str, name: str) -> str | None:
    """The word before `name`'s first mention (its preposition: "to", "in", "of"), lower case."""
    m = re.search(rf"(\w+)\s+{re.escape(name)}(?![\w-])", text)
    return m.group(1).lower() if m else None


def capital_place(a: str, b: str) -> tuple[str, str, str] | None:
    """(`a`, `b` with a capital one names as a place written as the other's name for it, what fired),
    or None. The other's name: its country, named as a place and no other country or capital beside
    it, or "the capital" when it names no place at all."""
    for one, other, flip in ((a, b, False), (b, a, True)):
        for city in _capitals_as_places(one):
            if re.search(rf"\b{re.escape(city)}\b", other):
                continue
            found = places(other)
            country = CAPITALS[city]
            before = _word_before(one, city)
            if found == (country,) and country not in places(one) and before in _TOWARDS and before == _word_before(other, country):
                new_one, new_other = re.sub(rf"(?<![\w-]){re.escape(city)}(?![\w-])", country, one), other
                hit = f"{city} = {country} (its capital)"
            elif not found and not _capitals_as_places(other) and len(_THE_CAPITAL.findall(other)) == 1 \
                    and before == _word_before(other, "the capital"):
                new_one, new_other, hit = one, _THE_CAPITAL.sub(city, other), f"the capital = {city}"
            else:
                continue
            return (new_other, new_one, hit) if flip else (new_one, new_other, hit)
    return None
