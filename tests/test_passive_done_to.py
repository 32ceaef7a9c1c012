"""A passive naming no doer acts on its subject: two named subjects are two things acted on; names
in capitals of any alphabet ("Čaputová") are names."""

from workbench.core.match.compare import compare
from workbench.core.match.named_objects import _done_to
from workbench.core.match.normalize import normalize


def test_passive_subject_is_done_to() -> None:
    assert _done_to("the uffizi gallery was closed as the heatwave peaked on wednesday") >= {"uffizi"}
    assert not _done_to("the qantas colleagues were last night in a serious condition")


def test_two_places_evacuated_are_two_facts() -> None:
    c = compare("The Uffizi Gallery was closed as the heatwave peaked on Wednesday.",
                "The Colosseum ticket office was closed as the heatwave peaked on Wednesday.")
    assert c.relation != "duplicate"
    assert any(r.startswith("another thing named") for r in c.reasons)


def test_one_place_named_more_fully_stays_duplicate() -> None:
    assert compare("The Louvre was evacuated after a bomb threat on Saturday morning.",
                   "The Louvre museum in Paris was evacuated after a bomb threat on Saturday morning.").relation == "duplicate"


def test_accented_capitals_are_names() -> None:
    assert "caputova" in normalize("President Zuzana Čaputová spoke.").proper
    assert "lodz" in normalize("Protests spread to Łódź on Monday.").proper
