"""Sets 161-164 (helper dup161b): one fact told by an oath or a pledge, an abdication or a step
down, a head of government or a prime minister, a forecast "likely" or "expected", a popular vote
or a referendum, a mixed-case acronym or its name, "the country" or its name."""

from __future__ import annotations

from workbench.core.language.initials import joined_acronym, joined_by
from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite
from workbench.core.match.spelt_names import spell_out
from workbench.core.match.states_by_kind import state_by_kind


def _rel(a: str, b: str) -> str:
    return compare(a, b).relation


def test_an_oath_sworn_to_is_a_pledge_and_a_swearing_in_stays() -> None:
    assert rewrite("Guillaume swore to observe the constitution.")[0].startswith("Guillaume pledge ")
    assert "swear in" in rewrite("The king swore in the cabinet.")[0]
    assert _rel("The new king swore to serve the people of Thailand with fairness.",
                "King Vajiralongkorn pledged to serve the people of Thailand with fairness.") == "duplicate"


def test_an_announced_abdication_is_a_step_down() -> None:
    assert "resign" in rewrite("King Juan Carlos abdicated in June.")[0]
    assert _rel("Emperor Akihito announced his abdication in a televised message in August 2016.",
                "In a televised message in August 2016, Emperor Akihito said he would step down.") == "duplicate"


def test_a_head_of_government_is_the_prime_minister_and_a_summit_stays() -> None:
    assert "prime minister Daniel Risch" in rewrite("according to head of government Daniel Risch")[0]
    assert "prime minister" not in rewrite("EU heads of state and government met in Brussels.")[0]


def test_likely_to_is_expected_to_and_unlikely_stays() -> None:
    assert "are expected to face" in rewrite("Transactions are likely to face stricter scrutiny.")[0]
    assert "expected" not in rewrite("He is unlikely to win.")[0]
    assert "expected" not in rewrite("She is more likely to win.")[0]


def test_a_popular_vote_on_a_question_is_a_referendum_and_an_election_tally_stays() -> None:
    assert "a referendum on the law" in rewrite("to force a popular vote on the law")[0]
    assert "referendum" not in rewrite("Clinton won the popular vote in 2016.")[0]
    assert "referendum" not in rewrite("Trump won a popular vote majority.")[0]


def test_a_mixed_case_acronym_is_the_name_with_a_joiner() -> None:
    assert joined_acronym("DpL") and joined_acronym("CoE") and not joined_acronym("PhD") and not joined_acronym("NATO")
    assert joined_by("DpL", "collected by the Democrats for Liechtenstein to force") == (17, 44)
    assert joined_by("CoE", "The Council of the European Union said") is None
    spelt = spell_out("The DpL gathered enough signatures.", "The Democrats for Liechtenstein gathered enough signatures.")
    assert spelt is not None and spelt[0].startswith("The Democrats for Liechtenstein")


def test_the_country_is_the_one_country_the_other_names() -> None:
    found = state_by_kind("If the country defaulted on its debt, the IMF would step in, officials said.",
                          "Officials said the IMF would step in if Ghana defaulted on its debt.")
    assert found is not None and found[0].startswith("If Ghana defaulted") and found[2] == "the country = Ghana"
    # a claim naming a country itself, or the other naming two, tells no one country
    assert state_by_kind("Officials said the country would hold elections in March, unlike Mali.",
                         "Officials said Mali would hold elections in March.") is None
    assert state_by_kind("The country sent aid.", "Senegal and Mali sent aid.") is None


def test_the_target_pairs_are_duplicates() -> None:
    assert _rel("The referendum was triggered after the DpL gathered enough signatures against the parliament's decision.",
                "Enough signatures were collected by the Democrats for Liechtenstein to force a popular vote on "
                "parliament's IMF decision.") == "duplicate"
    assert _rel("The grey listing is expected to lead to tougher checks on transactions involving Monaco.",
                "Transactions linked to Monaco are likely to face stricter scrutiny because of the grey listing.") == "duplicate"
