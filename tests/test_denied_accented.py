"""A denial of a clause naming someone with an accented name denies what the other claim says of
them ("denied that Embaló had flown" / "Embaló left"): the denial's words are read with accents
folded, as the claims' tokens are; and the capital inside a country's hyphenated name is no
capital standing for a government (helper opp101)."""

from workbench.core.language.negation import denial_scopes
from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewritten


def test_denial_scope_keeps_accented_names_whole() -> None:
    scope = denial_scopes("The government denied that Núñez had flown to Managua after the coup.")[0]
    assert scope is not None and "nunez" in scope


def test_denial_of_a_reported_flight_conflicts() -> None:
    r = compare("Núñez left Honduras on a military plane to Nicaragua after the coup, the Nicaraguan government said.",
                "The Nicaraguan government denied that Núñez had flown to Managua after the coup.")
    assert r.relation == "conflict"


def test_a_capital_inside_a_country_name_is_left_as_written() -> None:
    # the country's name is written as one word (as "Burkina Faso" is, `knowledge.country_names`), its
    # capital inside it read as no capital standing for its government
    text, hits = rewritten("Embaló left Guinea-Bissau on a flight to Senegal.")
    assert text == "Embaló left GuineaBissau on a flight to Senegal." and not hits
    assert rewritten("Bissau said the talks would resume.")[1]
