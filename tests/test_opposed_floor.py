"""Opposite outcomes told in one place are a conflict from a lower same-statement probability
(`match.anchor.opposed_floor`, helper pairsdup3), as clashing figures are (`clash_floor`); a ban
upheld / suspended are a court's opposite outcomes (`match.opposites`)."""

from workbench.core.match.anchor import OPPOSED_MIN_SAME, opposed_floor
from workbench.core.match.compare import compare


def test_ground_taken_and_lost_in_one_place_is_a_conflict() -> None:
    c = compare("Government troops retook Kalehe from the rebels",
                "The army lost control of Kalehe to rebel fighters, local sources said")
    assert c.relation == "conflict"


def test_a_ban_upheld_and_suspended_is_no_duplicate() -> None:
    c = compare("A court in Lagos suspended the ban on the march", "The High Court in Lagos upheld the ban on the march")
    assert c.relation == "conflict"
    assert any("opposite outcomes" in r for r in c.reasons)


def test_the_floor_needs_one_place_and_an_opposite() -> None:
    assert opposed_floor(None, True, None) is None
    assert opposed_floor("opposite outcomes: recaptur / lose", False, None) is None
    assert opposed_floor("opposite outcomes: recaptur / lose", True, None) == OPPOSED_MIN_SAME
    assert opposed_floor("opposite outcomes: recaptur / lose", True, 0.45) == OPPOSED_MIN_SAME
    assert opposed_floor("opposite outcomes: recaptur / lose", True, 0.2) == 0.2
