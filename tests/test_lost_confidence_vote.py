"""A confidence vote lost or "failed to win" is an ouster, never "won" read through its negation;
a national parliament's own name is "parliament" (helper dup101)."""

from workbench.core.language.phrases import rewrite_phrases
from workbench.core.language.synonyms import same_nouns
from workbench.core.match.compare import compare


def test_failed_to_win_a_confidence_vote_is_ousted() -> None:
    hits: list[str] = []
    out = rewrite_phrases("The cabinet failed to win a vote of confidence.", hits)
    assert "ousted" in out and "remained" not in out
    assert rewrite_phrases("The cabinet lost a confidence vote.", []).count("ousted") == 1
    assert "remained in office" in rewrite_phrases("The cabinet won a confidence vote.", [])


def test_parliament_named_as_itself() -> None:
    assert "parliament" in same_nouns("a vote of confidence in the Knesset").lower()
    assert "parliament" in same_nouns("a vote in the State Great Khural").lower()


def test_lost_and_failed_to_win_are_one_fact() -> None:
    r = compare("Prime Minister Mateusz Morawiecki's cabinet lost a confidence vote in parliament on Monday.",
                "Morawiecki's government failed to win a vote of confidence in the Sejm on Monday.")
    assert r.relation == "duplicate"


def test_won_against_lost_or_failed_to_win_stays_apart() -> None:
    for lost in ("failed to win", "lost"):
        r = compare("Bennett's coalition won a vote of confidence in the Knesset.",
                    f"Bennett's coalition {lost} a vote of confidence in the Knesset.")
        assert r.relation != "duplicate", lost
