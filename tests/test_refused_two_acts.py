"""Two claims refusing two acts are two facts (`refusals.refused_two_acts`)."""

from workbench.core.match.compare import compare
from workbench.core.match.refusals import refused_two_acts


def test_act_named_inside_the_other_object():
    a = "The governor refused to appoint Harlan Moss as police chief."
    b = "The governor refused to sign the bill limiting his power to appoint a police chief."
    assert refused_two_acts(a.lower(), b.lower()) is not None
    assert compare(a, b).relation != "duplicate"


def test_one_act_refused_in_other_words_stays():
    assert refused_two_acts("the board refused to extend his contract", "the board refused to renew his contract") is None
    assert compare("The king declined to dissolve parliament despite the crisis.",
                   "The king refused to dissolve parliament despite the crisis.").relation == "duplicate"
