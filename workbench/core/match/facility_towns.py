"""A named facility told with its town, against another town: "Protesters gathered outside the
Beverly Hills Hotel in Los Angeles" / "... outside the Dorchester hotel in London", "Doctors went on
strike at the Mulago Hospital in Kampala" / "... at the Kenyatta hospital in Nairobi".

`place_names.places` reads "the Beverly Hills Hotel in Los Angeles" as the facility with the town it
lies in, "Beverly Hills Hotel (Los Angeles)", and `places_differ` lets a facility and a town be one
place, the one lying in the other ("Sullivan County Jail" / "New York"): right when the facility's
town is not told. When it is, the facility lies there and nowhere else: against another town the
towns are compared, and two towns neither of which may hold the other are two places.

Kept one place: the facility's town named in the other claim ("the Dorchester hotel in London" /
"London's Dorchester hotel": "Dorchester (London)" / "London"; "the Evin Prison in Tehran" / "in
Tehran's Evin prison"), a country or a large region against the town (a town and its country are
told apart by no gazetteer: `place_names.may_contain`), two facilities (`places_differ` reads them),
and each claim naming the other's place elsewhere (`places_differ_unnamed`).
"""

from __future__ import annotations

from workbench.core.match.place_names import country_of, is_facility, named_in, places_differ, region_country


def _located(place: str) -> tuple[str, str] | None:
    """(the facility, its town) of a place read as a facility in a town ("Beverly Hills Hotel (Los
    Angeles)"), or None."""
    name, _, gloss = place.partition(" (")
    town = gloss[:-1]
    return (name, town) if town and is_facility(name) and not is_facility(town) else None


def facility_town_apart(pa: str | None, pb: str | None, written_a: frozenset[str],
                        written_b: frozenset[str]) -> str | None:
    """'different places: x / y' when one claim's place is a facility with its town (`_located`) and
    the other's a town (no facility, country or large region) that is not that town and may not hold
    it (`places_differ`), unless each claim names the other's place (`written_*`: `names_written`)."""
    if pa is None or pb is None or "(" not in pa + pb:
        return None
    for (x, wx), (y, wy) in (((pa, written_a), (pb, written_b)), ((pb, written_b), (pa, written_a))):
        located = _located(x)
        other = y.partition(" (")[0]
        if located is None or is_facility(other) or country_of(other) is not None or other in region_country():
            continue
        if places_differ(located[1], y) is None or named_in(located[1], wy) and named_in(other, wx):
            return None
        return f"different places: {x} / {y}"
    return None
