"""A court or a head of government's office named as a site is its building (sets 121-124 read,
`sites`): "outside the Office of the Prime Minister" / "outside the law courts" are two buildings in
one city, two facts; one building told two ways stays one. Hard negatives first."""

from workbench.core.match.compare import compare_many
from workbench.core.match.sites import body_sites


def _relations(pairs: list[tuple[str, str]]) -> list[str]:
    return [c.relation for c in compare_many(pairs, semantic=False)]


def test_one_building_told_two_ways_stays_one() -> None:
    assert _relations([
        ("Doctors protested outside the prime minister's office in Kathmandu over unpaid salaries.",
         "Doctors protested outside the Office of the Prime Minister in Kathmandu over unpaid salaries."),
        ("Demonstrators gathered outside the court in Tbilisi demanding the journalist's release.",
         "Demonstrators gathered outside the court in Tbilisi on Monday demanding the journalist's release."),
    ]) == ["duplicate"] * 2


def test_office_and_court_as_sites() -> None:
    assert body_sites("students rallied outside the prime minister s office in dhaka") == \
        {"prime ministers' offices": "prime minister s office"}
    assert body_sites("the prime minister s office said the talks would resume") == {}  # a speaker, no site
    assert body_sites("crowds gathered outside the supreme court") == {"courthouses": "supreme court"}


def test_two_buildings_in_one_city() -> None:
    rel = _relations([
        ("Protesters gathered outside the Office of the Prime Minister in Riga demanding justice for the reporter.",
         "Protesters gathered outside the law courts in Riga demanding justice for the reporter."),
        ("Hundreds of students rallied outside the prime minister's office in Dhaka demanding a new quota system.",
         "Hundreds of students rallied outside the Supreme Court in Dhaka demanding a new quota system."),
        ("Farmers protested outside the Office of the President in Nairobi over maize prices.",
         "Farmers protested outside the parliament building in Nairobi over maize prices."),
    ])
    assert "duplicate" not in rel
