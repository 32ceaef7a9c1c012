"""Roads named by number, as news writes them: "national road 2", "the RN2", "Route nationale 2",
"National Highway 44", "NH44", "Highway 1", "Route 66".

Why: a road's number names it; it is no count. The figure reader read "blocked national road 2
between ..." as a count of 2 ("2 between") and "the RN2 highway" as nothing, so one road named two
ways was a figure in one claim only. Figures read each road's number as one figure of unit "road"
(`road_numbers`: "RN2" and "national road 2" agree, "Highway 16" and "Highway 93" clash as before),
and matching writes a national road one way (`rewrite_roads`: "RN2"), as the news of francophone
Africa, France and India names them in English and in their own abbreviation.
"""

from __future__ import annotations

import re

#: The unit of a road's number as a figure.
ROAD = "road"
#: A national road however written: the English words, the French ones, the abbreviations.
_NATIONAL = (r"(?:\b(?i:national\s+(?:road|highway|route)|route\s+nationale)\s+(?:(?i:no\.?|number)\s*)?"
             r"|\b(?:RN|NH)\s?-?)")
_NATIONAL_ROAD = re.compile(_NATIONAL + r"(\d{1,3})\b")
#: Any road named by its number: a national one, or a road's word capitalised as its name is ("the
#: road 20 km north", "along the route 30 protesters": no name).
_ROAD_NUMBER = re.compile(r"(?:" + _NATIONAL + r"|\b(?:Road|Highway|Route|Motorway|Expressway|Freeway|Interstate)\s"
                          r"(?:[Nn]o\.?\s?)?)(\d{1,3})\b(?!\s*(?:%|per\s?cent|km|kilomet|miles?\b|m\b))")


def road_numbers(text: str) -> list[tuple[int, int, float]]:
    """(start, end, number) of each road named by its number in `text`."""
    if not ("oad" in text or "ighway" in text or "oute" in text or "way" in text or "RN" in text or "NH" in text):
        return []
    return [(m.start(), m.end(), float(m.group(1))) for m in _ROAD_NUMBER.finditer(text)]


def rewrite_roads(text: str, hits: list[str]) -> str:
    """`text` with each national road written "RN<number>"; what was rewritten is appended to `hits`."""
    def road(m: re.Match[str]) -> str:
        said = f"RN{m.group(1)}"
        if m.group(0) != said:
            hits.append(f"{m.group(0)} = {said}")
        return said

    return _NATIONAL_ROAD.sub(road, text)
