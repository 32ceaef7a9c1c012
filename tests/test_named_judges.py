"""Two named people judging one thing are two statements; one person named two ways is one."""

from workbench.core.match.compare import compare
from workbench.core.match.named_judges import judge_name


def test_judge_read_by_family_name() -> None:
    assert judge_name("Prime Minister Pedro Sánchez condemned the attack.") == "sanchez"
    assert judge_name("Finance Minister Christian Lindner welcomed the ruling.") is not None
    assert judge_name("Officials welcomed the ruling.") is None  # a lone first word
    assert judge_name("The Kremlin condemned the attack.") is None
    assert judge_name("Spain's prime minister condemned the attack.") is None  # an office only


def test_two_people_judging_are_two_facts() -> None:
    c = compare("Prime Minister Pedro Sánchez condemned the attack as an assault on the constitution.",
                "Opposition leader Alberto Núñez Feijóo condemned the attack as an assault on the constitution.")
    assert c.relation != "duplicate"
    assert any(r.startswith("another sayer") for r in c.reasons)


def test_one_person_named_two_ways_stays_one() -> None:
    c = compare("Chancellor Olaf Scholz welcomed the ruling as a victory for the rule of law.",
                "German Chancellor Scholz welcomed the ruling as a victory for the rule of law.")
    assert c.relation == "duplicate"
    c = compare("Prime Minister Pedro Sánchez condemned the attack as an assault on the constitution.",
                "Spanish prime minister Pedro Sanchez condemned the attack as an assault on the constitution.")
    assert c.relation == "duplicate"
