"""A denial refused ("refused to rule out") is no denial: it clashes with the denial told as done
("ruled out"; helper conf129, sets 129-132)."""

from workbench.core.match.compare import compare


def test_refused_to_rule_out_and_ruled_out_conflict():
    assert compare("The minister ruled out raising taxes to fund the hospital.",
                   "The minister refused to rule out raising taxes to fund the hospital.").relation == "conflict"
    assert compare("The central bank ruled out cutting interest rates this year.",
                   "The central bank declined to rule out cutting interest rates this year.").relation == "conflict"


def test_declined_to_comment_and_denied_stay_apart_from_a_refused_denial():
    assert compare("The minister ruled out raising taxes to fund the hospital.",
                   "The minister said he would not raise taxes to fund the hospital.").relation == "duplicate"
