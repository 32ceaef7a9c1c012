"""Opposite outcomes told in one place are a conflict from a lower same-statement probability
(`match.anchor.opposed_floor`, helper pairsdup3), as clashing figures are (`clash_floor`); a ban
upheld / suspended are a court's opposite outcomes (`match.opposites`)."""

from workbench.core.match.anchor import OPPOSED_IN_ONE_PLACE, OPPOSED_MIN_SAME, opposed_floor
from workbench.core.match.compare import compare


def test_ground_taken_and_lost_in_one_place_is_a_conflict() -> None:
    c = compare("Government troops retook Kalehe from the rebels",
                "The army lost control of Kalehe to rebel fighters, local sources said")
    assert c.relation == "conflict"


def test_a_ban_upheld_and_suspended_is_no_duplicate() -> None:
    c = compare("A court in Lagos suspended the ban on the march", "The High Court in Lagos upheld the ban on the march")
    assert c.relation == "conflict"
    assert any("opposite outcomes" in r for r in c.reasons)


def test_the_floor_needs_an_opposite_and_is_lower_in_one_place() -> None:
    assert opposed_floor(None, True, None) is None
    assert opposed_floor("opposite outcomes: recaptur / lose", False, None) == OPPOSED_MIN_SAME
    assert opposed_floor("opposite outcomes: recaptur / lose", True, None) == OPPOSED_IN_ONE_PLACE
    assert opposed_floor("opposite outcomes: recaptur / lose", True, 0.45) == OPPOSED_IN_ONE_PLACE
    assert opposed_floor("opposite outcomes: recaptur / lose", True, 0.2) == 0.2


def test_opposite_outcomes_and_denials_in_other_words_are_conflicts() -> None:
    """Helper conf8: the floor holds a denial too, and outside one place from 0.3."""
    pairs = [("The army recaptured the town of Bunagana on Sunday, a military spokesman said",
              "Government forces lost control of Bunagana on Sunday to the rebels"),
             ("Officials said the refinery fire had been brought under control",
              "The refinery fire was still raging late on Tuesday, firefighters said"),
             ("The Vatican confirmed its ambassador had been expelled from Managua",
              "The Holy See denied that Nicaragua had expelled its ambassador, a spokesman said on Monday")]
    for a, b in pairs:
        assert compare(a, b).relation == "conflict", (a, b)
