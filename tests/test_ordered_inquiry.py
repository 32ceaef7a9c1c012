"""An inquiry ordered is the call for it: "ordered an investigation" / "called for a probe" is one
fact, while an inquiry called for against one done stays apart (helper dupa105)."""

from workbench.core.match.compare import compare
from workbench.core.match.wanted import wanted_apart


def test_ordered_inquiry_is_no_act_against_a_call() -> None:
    assert wanted_apart("the minister ordered an inquiry into the collapse",
                        "the minister has called for a investigate into the collapse") is None
    assert wanted_apart("the police opened an investigation into the collapse",
                        "the opposition called for an investigation into the collapse") is not None


def test_ordered_inquiry_told_as_a_call_is_one_fact() -> None:
    r = compare("The health minister ordered a probe into the deaths of six newborns at the Dhaka hospital.",
                "Bangladesh's health minister called for an inquiry into the deaths of six babies at a hospital in Dhaka.")
    assert r.relation == "duplicate"
    # an inquiry opened against one called for stays apart
    r = compare("The prosecutor opened an investigation into the Lagos bridge collapse.",
                "The opposition called for an investigation into the Lagos bridge collapse.")
    assert r.relation != "duplicate"
