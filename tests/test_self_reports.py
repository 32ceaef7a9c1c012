"""A sayer telling of its own act is that act's doer (`match/self_reports.py`): "X said it
treated ..." and "Y said it treated ..." are two doers' acts, as "X treated ..." and "Y treated
..." are (invented sentences)."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.self_reports import told_by_itself


def test_the_pronoun_is_written_as_its_sayer() -> None:
    text = "Save the Children said it had delivered 40 tonnes of food to Kandi"
    assert told_by_itself(text, "it had delivered 40 tonnes of food to Kandi") == \
        "Save the Children had delivered 40 tonnes of food to Kandi"
    # a sayer after the content, or no self-report: unchanged
    after = "It had delivered 40 tonnes of food to Kandi, Save the Children said"
    assert told_by_itself(after, "It had delivered 40 tonnes of food to Kandi") == \
        "It had delivered 40 tonnes of food to Kandi"
    assert told_by_itself("Officials said aid arrived", "aid arrived") == "aid arrived"


def test_two_bodies_reporting_their_own_act_are_two_doers() -> None:
    a = "Save the Children said it had delivered 40 tonnes of food to Kandi"
    b = "The Norwegian Refugee Council said it had delivered 40 tonnes of food to Kandi"
    result = compare(a, b)
    assert result.relation != "duplicate", result.reasons


def test_one_body_reporting_its_act_in_other_words_is_one_fact() -> None:
    a = "Save the Children said it had delivered 40 tonnes of food to Kandi"
    b = "Save the Children delivered forty tonnes of food to Kandi, the charity said"
    assert compare(a, b).relation == "duplicate"
