"""A toll told in parts ("two X and five other people") against the whole ("seven people") is one
count, their sum (`match.others_summed`; helper dup155)."""

from workbench.core.match.compare import compare


def test_parts_summed_against_the_whole() -> None:
    a = "Gunmen killed two soldiers and three other people in the attack on the checkpoint on Monday."
    assert compare(a, "Five people were killed in Monday's attack on the checkpoint, officials said.").relation == "duplicate"
    assert compare(a, "Nine people were killed in Monday's attack on the checkpoint, officials said.").relation == "conflict"
    # the part alone is no whole
    c = compare("Two soldiers and three other people were wounded in the attack on Monday.",
                "Two soldiers were wounded in the attack on Monday.")
    assert c.relation == "duplicate"
    c = compare("An hour later, an Israeli helicopter fired missiles at a car in Gaza City, killing two Hamas officials "
                "and at least five other people.",
                "An hour later Israeli attack helicopters rained missiles on a car in Gaza City, killing seven people.")
    assert c.relation == "duplicate"
