"""Each of two sides' own act against the other is another fact; one act told actively and
passively, or suffered in the other's words, is one."""

from workbench.core.match.compare import compare


def test_each_sides_act_against_the_other_is_another_fact() -> None:
    c = compare("Soldiers fired live rounds at demonstrators near the palace.",
                "Demonstrators hurled rocks at soldiers near the palace.")
    assert c.relation != "duplicate"
    assert any(r.startswith("each side's own act") for r in c.reasons)
    c = compare("Settlers attacked Palestinian farmers near the village.",
                "Palestinian farmers threw stones at settlers near the village.")
    assert c.relation != "duplicate"


def test_one_act_told_two_ways_stays_one() -> None:
    assert compare("Police fired tear gas at students outside the university.",
                   "Students were tear-gassed by police outside the university.").relation == "duplicate"
    assert compare("Troops fired on protesters in the main square.",
                   "Protesters came under fire from troops in the main square.").relation != "conflict"
