"""One who lost a no-confidence motion, an impeachment vote or a recall vote was ousted; one who
survived it remained in office: the two are opposite outcomes of one vote. The opposition losing
its own motion is left unread."""

from workbench.core.language.phrases import rewrite_phrases
from workbench.core.match.compare import compare
from workbench.core.vocab import Relation


def test_lost_a_removal_vote_reads_ousted() -> None:
    for text in ("The premier had lost the no-confidence motion in parliament.",
                 "President Castillo lost the impeachment vote in Congress.",
                 "Mayor Greene lost the recall vote on Sunday.",
                 "The prime minister lost a no-confidence ballot of her party's lawmakers."):
        assert "ousted" in rewrite_phrases(text, [])
    assert "ousted" not in rewrite_phrases("The opposition lost its no-confidence motion.", [])
    assert "ousted" not in rewrite_phrases("The opposition lost the no-confidence motion.", [])


def test_survived_and_lost_a_motion_clash_lost_and_ousted_agree() -> None:
    a, b = ("Prime Minister Tavares survived the no-confidence motion in parliament, the speaker said.",
            "The speaker said Prime Minister Tavares had lost the no-confidence motion in parliament.")
    assert compare(a, b).relation == Relation.CONFLICT
    a, b = ("President Castillo survived the impeachment vote in Congress.",
            "President Castillo lost the impeachment vote in Congress.")
    assert compare(a, b).relation == Relation.CONFLICT
    a, b = ("The prime minister lost the no-confidence motion in parliament.",
            "The prime minister was ousted in a no-confidence motion in parliament.")
    assert compare(a, b).relation == Relation.DUPLICATE
