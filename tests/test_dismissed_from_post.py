""""Dismissed as <post>" tells a post lost, not a claim called false: "X was dismissed as prime
minister" is "the president sacked X", while "dismissed as false the reports" still denies."""

from workbench.core.language.negation import calls_false, denies
from workbench.core.match.compare import compare
from workbench.core.vocab import Relation


def test_dismissed_as_a_post_calls_nothing_false() -> None:
    assert not calls_false("dismissed", ["as", "kenya", "s", "interior", "minister"])
    assert not denies("Silva was dismissed as the club's head coach on Sunday.")
    assert denies("The ministry dismissed as false reports that the army shelled the village.")
    assert denies("Residents dismissed as a lie the mayor's claim that the water was safe.")


def test_a_sacking_told_as_a_dismissal_is_one_fact() -> None:
    a, b = ("Kenya's President Ruto sacked Interior Minister Kindiki on Friday.",
            "Kindiki was dismissed as Kenya's interior minister by President Ruto on Friday.")
    result = compare(a, b)
    assert result.relation == Relation.DUPLICATE
    assert not any("denies" in r for r in result.reasons)
    a, b = ("Rebels said they had captured the town of Kibumba.",
            "The army dismissed as propaganda rebel claims that they had captured Kibumba.")
    assert compare(a, b).relation == Relation.CONFLICT
