"""A country named in one claim and told by its region in the other (`match.regions_told`; helper
dup145b): one state when the country is of the region, another state (another fact) when it is of
another region listed."""

from workbench.core.match.compare import compare
from workbench.core.match.regions_told import country_by_region, regions_apart


def test_a_region_told_is_the_country_named() -> None:
    a = "The US will provide the Marshall Islands with $2.3 billion over 20 years under the renewed compact."
    b = "Under the new Compact of Free Association, Washington is to give the Pacific nation some 2.3 billion dollars."
    found = country_by_region(a, b)
    assert found is not None and "give Marshall Islands some" in found[1]
    assert country_by_region("Qatar will host the talks.", "The Gulf state will host the talks.") is not None


def test_a_country_of_another_region_is_another_state() -> None:
    assert country_by_region("Japan will give Vietnam $600 million.", "Japan will give the Pacific nation $600 million.") is None
    assert regions_apart("Japan will give Vietnam $600 million.", "Japan will give the Pacific nation $600 million.")
    c = compare("Australia pledged $50 million in aid to Tonga after the eruption.",
                "Canberra pledged 50 million dollars in aid to the Caribbean nation after the eruption.")
    assert c.relation != "duplicate"
    # a country of no region listed is left to the words
    assert regions_apart("Wellington said it would help.", "New Zealand and the Pacific nation said it would help.") is None
