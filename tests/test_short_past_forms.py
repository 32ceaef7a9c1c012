"""Four-letter past forms read as verbs (`roles._SHORT_PAST`): "sued", "owed", "axed" are acts, so
their doers are read; and a passive's "by" phrase ends where "under" opens another
phrase, so the doer of "was sued ... by X under a statute" is X, as in the active retelling."""

from __future__ import annotations

from workbench.core.match.claim_view import surface
from workbench.core.match.compare import compare
from workbench.core.match.roles import roles


def test_sued_has_a_doer_and_one_sued():
    read = roles(surface("Maui County sued Hawaiian Electric over the wildfire."))
    assert read is not None
    doer, done_to = read
    assert "maui" in doer and "county" in doer
    assert "hawaiian" in done_to and "electric" in done_to


def test_two_parties_suing_one_company_are_two_facts():
    c = compare("Tesla shareholders sued the company over the buyout.",
                "The state of Delaware sued Tesla over the buyout.")
    assert c.relation != "duplicate", c.reasons


def test_one_suit_told_actively_and_passively_stays_a_duplicate():
    c = compare("Nike was sued in state court by California activist Marc Kasky under a statute that bans "
                "false advertising.",
                "California activist Marc Kasky sued Nike under a statute that bans false advertising.")
    assert c.relation == "duplicate", c.reasons


def test_the_by_phrase_ends_at_under():
    read = roles(surface("Nike was sued by activist Marc Kasky under a state statute."))
    assert read is not None
    doer, _ = read
    assert "kasky" in doer and not any(t.startswith("statut") for t in doer)
