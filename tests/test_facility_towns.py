"""A named facility told with its town lies in that town: against another town it is another place
(`match/facility_towns`); the facility and its own town stay one place."""

from workbench.core.match.compare import compare


def _apart(c) -> bool:
    return any(r.startswith("different places") for r in c.reasons)


def test_facility_in_its_town_against_another_town() -> None:
    for a, b in (("Protesters rallied outside the Ritz Hotel in Paris on Saturday.",
                  "Protesters rallied outside the Savoy hotel in London on Saturday."),
                 ("Doctors went on strike at the Mulago Hospital in Kampala on Monday.",
                  "Doctors went on strike at the Kenyatta hospital in Nairobi on Monday."),
                 ("Inmates rioted at the Evin Prison in Tehran on Sunday.",
                  "Inmates rioted at the main prison in Shiraz on Sunday.")):
        c = compare(a, b)
        assert c.relation != "duplicate" and _apart(c), (a, b, c.reasons)


def test_facility_and_its_own_town() -> None:
    for a, b in (("Protesters gathered outside the Dorchester in London.",
                  "Protesters gathered outside London's Dorchester hotel."),
                 ("Doctors went on strike at the Mulago Hospital in Kampala on Monday.",
                  "Doctors at Kampala's Mulago hospital went on strike on Monday."),
                 ("Inmates rioted at the Evin Prison in Tehran on Sunday.",
                  "Inmates rioted in Tehran's Evin prison on Sunday.")):
        c = compare(a, b)
        assert c.relation == "duplicate" and not _apart(c), (a, b, c.reasons)
