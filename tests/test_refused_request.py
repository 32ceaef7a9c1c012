"""An act done at someone's request against the same actor refusing (declining) that request to
do it: one event told with opposite outcomes, a conflict."""

from workbench.core.language.paraphrases import rewrite_paraphrases
from workbench.core.match.compare import compare
from workbench.core.vocab import Relation


def test_a_refused_request_reads_as_the_act_refused() -> None:
    assert "refused to pardon" in rewrite_paraphrases("The governor refused the family's request to pardon him.", [])
    assert "refused to extend" in rewrite_paraphrases("The minister declined the police's request to extend it.", [])


def test_done_at_a_request_and_the_request_refused_clash() -> None:
    a, b = ("The governor pardoned the prisoner at the family's request.",
            "The governor refused the family's request to pardon the prisoner.")
    assert compare(a, b).relation == Relation.CONFLICT
    a, b = ("The minister extended the curfew at the police's request.",
            "The minister declined the police's request to extend the curfew.")
    assert compare(a, b).relation == Relation.CONFLICT


def test_a_request_refused_told_twice_is_one_fact() -> None:
    a, b = ("The governor refused the family's request to pardon the prisoner.",
            "The governor turned down the family's request to pardon the prisoner.")
    assert compare(a, b).relation == Relation.DUPLICATE
