"""A service "running again" ("operating again", "back in service") has resumed
(`language.acts_retold`; helper dup155); a candidate running again for an office does not."""

from workbench.core.match import knowledge
from workbench.core.match.compare import compare


def test_running_again_is_resumed() -> None:
    assert "resume" in knowledge.rewritten("Trains were running again on the line on Friday.")[0]
    assert "resume" in knowledge.rewritten("The metro is back in service.")[0]
    assert "resum" not in knowledge.rewritten("Former mayor Lopez is running again for mayor.")[0]
    assert "resum" not in knowledge.rewritten("Trump is running again in 2024.")[0]


def test_running_again_against_suspended() -> None:
    c = compare("Trains were running again on the line on Friday.", "Trains were suspended on the line on Friday.")
    assert c.relation == "conflict"
