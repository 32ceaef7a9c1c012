""""Was in custody with X", "was being held by" a captor: detained (helper dupa105); a summit held by
a body stays an event."""

from workbench.core.language.phrases import rewrite_phrases
from workbench.core.match.compare import compare


def test_in_custody_with_and_held_by_a_captor_are_detained() -> None:
    assert rewrite_phrases("He was in custody with the intelligence service.", []) == \
        "He was detained by the intelligence service."
    assert rewrite_phrases("He was being held by the intelligence service.", []) == \
        "He was being detained by the intelligence service."
    assert "held by" in rewrite_phrases("The summit was being held by the African Union.", [])


def test_custody_told_two_ways_is_one_fact() -> None:
    r = compare("The journalist was arrested and is being held by the security services, his employer said.",
                "His employer said the journalist was in the custody of the security services.")
    assert r.relation == "duplicate"
    r = compare("The former minister was released from custody in Lima on Tuesday.",
                "The former minister was in police custody in Lima on Tuesday.")
    assert r.relation != "duplicate"
