"""Outcomes told in phrases (helper conf8): a verdict ("found not guilty" = acquitted), a rate
"kept on hold" (left unchanged, the opposite of raised), people "still being held on Monday"
(detained, the opposite of freed)."""

from workbench.core.match import knowledge
from workbench.core.match.compare import compare


def test_verdicts() -> None:
    assert knowledge.rewrite("Judges found the ex-general not guilty of war crimes")[0] == \
        "Judges acquitted the ex-general of war crimes"
    assert "convicted" in knowledge.rewrite("He was found guilty of fraud")[0]
    assert knowledge.rewrite("She pleaded not guilty to the charges")[1] == []  # a plea is no verdict
    assert compare("The former general was convicted of war crimes in The Hague",
                   "Judges in The Hague found the ex-general not guilty of war crimes").relation == "conflict"


def test_a_rate_kept_on_hold_is_no_rate_raised() -> None:
    assert compare("The central bank raised interest rates on Thursday",
                   "The central bank kept interest rates on hold on Thursday").relation == "conflict"
    assert compare("Egypt held fuel prices steady in October",
                   "Egypt left fuel prices unchanged in October").relation == "duplicate"


def test_still_held_on_a_day_is_detained() -> None:
    assert compare("Police freed the kidnapped schoolchildren in Zamfara state on Monday",
                   "The kidnapped schoolchildren in Zamfara were still being held on Monday, police said").relation \
        == "conflict"
