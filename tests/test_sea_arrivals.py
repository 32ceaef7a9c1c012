"""One sea-arrival count told two ways: reached / arrived in, by sea / by boat, record / all-time
high, Spain's / Spanish ministry (helper dup101)."""

from workbench.core.language.crossings import rewrite_crossings
from workbench.core.language.governments import rewrite_governments
from workbench.core.match.compare import compare


def test_people_who_reached_a_place_arrived_in_it() -> None:
    out = rewrite_crossings("Some 8,000 migrants reached the Balearic Islands by boat", [])
    assert "arrived in the Balearic Islands by sea" in out


def test_reached_without_people_stays() -> None:
    assert rewrite_crossings("The talks reached a deal", []) == "The talks reached a deal"
    assert "reached" in rewrite_crossings("Floodwaters reached Derna on Sunday", [])


def test_adjective_before_a_ministry_is_the_country() -> None:
    assert rewrite_governments("according to Spanish interior ministry figures", []).startswith("according to Spain's")
    assert "French navy" in rewrite_governments("a French navy frigate", [])


def test_record_arrivals_told_two_ways_are_one_fact() -> None:
    r = compare("A record 8,012 migrants reached the Balearic Islands by sea in 2024, Spain's interior ministry said.",
                "About 8,000 people arrived in the Balearics by boat last year, an all-time high, "
                "according to Spanish interior ministry figures.")
    assert r.relation == "duplicate"
