""""Planning to overthrow him" is plotting a coup against him (helper dupa105)."""

from workbench.core.language.paraphrases import rewrite_paraphrases
from workbench.core.match.compare import compare


def test_planning_to_overthrow_is_plotting_a_coup_against() -> None:
    assert "plotting a coup against him" in rewrite_paraphrases("Some were planning to overthrow him.", [])
    hits: list[str] = []
    assert rewrite_paraphrases("They were plotting a coup against him.", hits) == "They were plotting a coup against him."
    assert hits == []


def test_coup_plot_told_two_ways_is_one_fact() -> None:
    r = compare("The junta said a group of soldiers had been plotting a coup against the government.",
                "The military government said some soldiers had been planning to overthrow it.")
    assert r.relation == "duplicate"
