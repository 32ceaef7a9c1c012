"""A party's act under a deal, one of those acted on, a verb split from its place tail (helper dup149a)."""

from workbench.core.language.shapes_retold import rewrite_shapes_retold
from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewritten


def _shaped(text: str) -> str:
    return rewrite_shapes_retold(text, [])


def test_under_the_deal_a_party_will_is_what_it_agreed_to() -> None:
    assert _shaped("Under the deal, Serbia will stop issuing plates, and Kosovo will halt re-registration.") == \
        "Serbia agreed to stop issuing plates, and Kosovo agreed to halt re-registration."
    assert _shaped("Under the terms of the settlement, Boeing will pay a fine.") == "Boeing agreed to pay a fine."
    assert _shaped("Under the ceasefire deal, Hamas will not attack.") == "Hamas agreed not to attack."


def test_a_deal_not_made_a_law_or_a_passive_stays() -> None:
    for text in ("Under the proposed deal, the union would end its strike.",
                 "Under the new law, employers will pay a higher minimum wage.",
                 "Under the deal, prisoners will be freed."):
        assert _shaped(text) == text


def test_among_those_acted_on_is_acted_on() -> None:
    assert _shaped("The activist was not among those released, his daughter said.") == \
        "The activist was not released, his daughter said."
    assert _shaped("Two Britons were among those killed.") == "Two Britons were killed."
    assert _shaped("Two Britons were among those who fled.") == "Two Britons were among those who fled."


def test_a_verb_split_from_its_place_tail() -> None:
    assert "rescue 104 survivors" in rewritten("Rescuers have pulled 104 survivors from the water.")[0]
    assert "rescue 12 passengers" in rewritten("Fishermen pulled 12 passengers out of the water.")[0]  # no withdrawal
    assert "pulled 12 bodies from the water" in rewritten("Divers pulled 12 bodies from the water.")[0]
    assert "rescue 40 survivors from the rubble" in rewritten("Rescuers pulled 40 survivors from the rubble.")[0]


def test_pairs_told_in_these_shapes() -> None:
    assert compare("Lifeguards pulled nine swimmers from the sea at Bondi on Saturday.",
                   "Nine bathers were saved at Bondi beach on Saturday.").relation == "duplicate"
    assert compare("Under the settlement, the chemical company will compensate 300 families and clean up the river.",
                   "The chemical firm agreed to pay damages to 300 families and to decontaminate the river.").relation \
        == "duplicate"
    # "not among those released" against "remains in prison": one outcome, no conflict
    assert compare("Opposition leader Ilham Tohti was not among those released, his lawyer said.",
                   "Ilham Tohti remains in prison despite the amnesty, according to his lawyer.").relation != "conflict"
    assert compare("Ilham Tohti was not among those freed, his lawyer said.",
                   "Ilham Tohti was freed on Monday, his lawyer said.").relation == "conflict"
