"""One met by a reciprocal act ("met", "spoke with") is who the act was with: meeting another
named person is another meeting; one person titled or named two ways is one."""

from workbench.core.match.compare import compare
from workbench.core.match.roles import met_party


def test_the_one_met_is_read() -> None:
    assert "varga" in met_party("ilona kertesz met finnish premier tomas varga in oslo")
    assert "varga" in met_party("ilona kertesz spoke with tomas varga by phone")
    assert "oslo" not in met_party("ilona kertesz met finnish premier tomas varga in oslo")
    assert met_party("ilona kertesz visited tomas varga in oslo") == frozenset()  # not a reciprocal act


def test_two_people_met_are_two_meetings() -> None:
    c = compare("Ilona Kertesz met Estonian Premier Tomas Varga in Tallinn.",
                "Ilona Kertesz met Estonian Vice-President Arno Peetsalu in Tallinn.")
    assert c.relation != "duplicate"
    assert any(r.startswith("another thing named") for r in c.reasons)


def test_one_person_titled_two_ways_is_one_meeting() -> None:
    c = compare("Ilona Kertesz met Estonian Premier Tomas Varga in Tallinn.",
                "Ilona Kertesz met Estonian Prime Minister Tomas Varga in Tallinn.")
    assert not any(r.startswith("another thing named") for r in c.reasons)
    assert c.relation == "duplicate"
    c = compare("Ilona Kertesz met Estonian Premier Tomas Varga in Tallinn.",
                "Ilona Kertesz met Varga in Tallinn.")
    assert not any(r.startswith("another thing named") for r in c.reasons)
