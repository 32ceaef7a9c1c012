"""People pulled out alive were rescued, "pulled out of" a deal still withdrew; ", among them" is
", including" (helper dup101)."""

from workbench.core.language.phrases import rewrite_phrases
from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewritten


def test_pulled_out_alive_is_rescue_and_pulled_out_of_is_withdraw() -> None:
    assert "rescue" in rewritten("Nine people were pulled out alive.")[0]
    assert "withdr" in rewritten("Mali pulled out of the bloc.")[0]


def test_among_them_is_including() -> None:
    assert rewrite_phrases("Twelve were saved, among them a boy.", []) == "Twelve were saved, including a boy."
    assert "among them" in rewrite_phrases("He was among them.", [])


def test_rescue_told_two_ways_is_one_fact() -> None:
    r = compare("Twelve people, including a three-year-old boy, were rescued from the rubble, the civil defence said.",
                "The civil defence said 12 people were pulled out alive, among them a boy aged three.")
    assert r.relation == "duplicate"
