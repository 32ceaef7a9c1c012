"""A bare "head" is no head of state: "the head of the Yongsan police station" / "police chief" are
no two offices; "head of state" as written stays the president's office (`match.kind_slots`), and
the head of the army or the police is its chief (`actors.OFFICES`; helper dup155)."""

from workbench.core.match.compare import compare
from workbench.core.match.kind_slots import kinds_named


def test_head_of_a_body_is_no_president() -> None:
    assert "office: president" not in kinds_named("the former head of the yongsan police station was jailed")
    assert "office: president" in kinds_named("the head of state signed the bill")
    assert "office: army chief" in kinds_named("the head of the army was dismissed")


def test_police_chief_told_as_head() -> None:
    c = compare("Mumbai police chief Ravi Sharma was suspended on Monday.",
                "The head of the Mumbai police, Ravi Sharma, was suspended on Monday.")
    assert c.relation == "duplicate"
    c = compare("Former Yongsan district police chief Kim Dae-ho was sentenced to three years in prison in May 2023.",
                "A court handed Kim Dae-ho, the former head of the Yongsan police station, a three-year prison term in May 2023.")
    assert c.relation == "duplicate"
    # offices apart stay apart
    assert compare("The head of the army was dismissed on Tuesday.",
                   "The finance minister was dismissed on Tuesday.").relation != "duplicate"
    assert compare("The country's head of state was sentenced to five years in prison in March.",
                   "The former police chief was sentenced to five years in prison in March.").relation != "duplicate"
