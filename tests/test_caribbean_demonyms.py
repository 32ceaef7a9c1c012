"""A Caribbean state named by its people ("Dominican authorities", "Trinidadian police") is the state
itself, no other country (`language.actors.DEMONYMS`; helper dup135)."""

from workbench.core.match.another_name import country_tokens
from workbench.core.match.compare import compare


def test_the_peoples_names_are_the_states() -> None:
    tokens = country_tokens()
    assert tokens["dominican"] == "dominicanrepublic"
    assert tokens["trinidadian"] == "trinidadandtobago"


def test_a_state_by_its_peoples_name_is_one_doer() -> None:
    c = compare("The Dominican Republic suspended visas for Colombians on 1 August 2024.",
                "On August 1, 2024, Dominican authorities suspended visas for Colombians and Haitians.")
    assert not any(r.startswith("another country") for r in c.reasons)
    c = compare("The Dominican Republic partially reopened its border to trade on 4 March 2024.",
                "On March 4, 2024, Dominican authorities partially reopened the border to trade.")
    assert c.relation == "duplicate"
