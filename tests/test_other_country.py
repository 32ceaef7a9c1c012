"""Claims that read no place but each name another country tell two facts (`doers.other_country`):
the country stands for the place ("a hike of Egypt's key rate" / "of Kenya's key rate")."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.doers import other_country


def test_two_countries_without_a_place_are_two_facts() -> None:
    for a, b in [("According to the bank's governor, a 0.5 percentage point hike of Egypt's key rate on 9th September.",
                  "A 0.5 percentage point hike of Kenya's key rate on 9th September."),
                 ("$3 billion in bonds were sold by Nigeria on 12th September, traders reported.",
                  "According to the monetary policy committee, the government of Egypt sold 3 billion US dollars "
                  "in bonds on September 12.")]:
        assert compare(a, b).relation != "duplicate"
        assert "another country" in " ".join(compare(a, b).reasons)  # (not said on main: one fact)


def test_one_country_by_name_or_people_stays_one_fact() -> None:
    assert compare("Pakistan sold $3bn in eurobonds on Monday.",
                   "$3 billion of bonds were issued by the Pakistani government on Monday.").relation == "duplicate"
    assert compare("On September 13, Türkiye's currency fell 5% versus the US dollar.",
                   "The Turkish lira fell 5 percent against the dollar on September 13.").relation == "duplicate"


def test_a_place_read_decides_instead() -> None:
    tokens_a, tokens_b = frozenset({"egypt", "rate"}), frozenset({"kenya", "rate"})
    assert other_country(None, None, tokens_a, tokens_b) is not None
    assert other_country("Cairo", None, tokens_a, tokens_b) is None
    assert other_country(None, None, tokens_a, frozenset({"rate"})) is None


def test_a_people_s_name_is_no_country_named() -> None:
    assert compare("Navy warship on Saturday nabbed 23 Somali.", "The Indian Navy on Saturday took 23.").relation \
        == "duplicate"
