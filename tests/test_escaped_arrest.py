"""An arrest escaped, evaded, avoided or dodged did not happen: against "was arrested" it is an
opposite outcome, even though the police and the suspect are two doers (helper opp101)."""

from workbench.core.language.phrases import rewrite_phrases
from workbench.core.match.compare import compare
from workbench.core.match.opposites import two_sides


def test_escaped_arrest_is_read_as_capture_evaded() -> None:
    hits: list[str] = []
    assert "evaded capture" in rewrite_phrases("The gang leader escaped arrest in Lima.", hits)
    assert "evading capture" in rewrite_phrases("The smuggler is still on the run.", [])
    # a purpose is no outcome: "to escape arrest" keeps its words
    assert "escape arrest" in rewrite_phrases("She left Minsk to escape arrest.", [])


def test_arrest_made_and_evaded_are_two_sides_of_one_act() -> None:
    assert two_sides("opposite outcomes: arrest / evad")
    assert not two_sides("opposite outcomes: arrest / releas")


def test_arrested_against_escaped_arrest_conflicts() -> None:
    r = compare("Police in Lima arrested the gang leader Jorge Salcedo after the bank robbery in March.",
                "Gang leader Jorge Salcedo escaped arrest after the March bank robbery in Lima and is still at large.")
    assert r.relation == "conflict"
    r = compare("The smuggler Pedro Alves was captured by the coast guard off Faro on Monday.",
                "The smuggler Pedro Alves is still on the run after the coast guard raid off Faro on Monday.")
    assert r.relation == "conflict"


def test_arrest_after_a_flight_is_no_conflict() -> None:
    r = compare("Police arrested the suspect in the Oslo stabbing on Sunday.",
                "The suspect in the Oslo stabbing was arrested on Sunday after two days on the run.")
    assert r.relation != "conflict"
