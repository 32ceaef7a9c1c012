"""The same act by another doer or at another site, in many shared words (sets 117-120 read): two
countries' bodies (`body_owners`), two people judging by "called X a Y" / "described X as"
(`named_judges`), a body named as a site is its building (`sites`). Hard negatives first."""

from workbench.core.match.compare import compare_many
from workbench.core.match.named_judges import judge_name
from workbench.core.match.sites import body_sites


def _relations(pairs: list[tuple[str, str]]) -> list[str]:
    return [c.relation for c in compare_many(pairs, semantic=False)]


def test_one_country_body_named_two_ways_stays_one() -> None:
    assert _relations([
        ("Kenya's parliament passed the finance bill on Tuesday.", "Kenyan lawmakers passed the finance bill on Tuesday."),
        ("The parliament in Ankara ratified Sweden's NATO accession on Tuesday.",
         "Turkey's parliament ratified Sweden's NATO accession on Tuesday."),
        ("The German government approved the arms deal with Israel.", "Germany's cabinet approved the arms deal with Israel."),
        ("Russia's defence ministry handed over the bodies of 500 soldiers to Ukraine on Friday.",
         "Ukraine's government received the bodies of 500 soldiers from Russia on Friday."),
    ]) == ["duplicate"] * 4


def test_two_countries_bodies_are_two_doers() -> None:
    rel = _relations([
        ("Japan's parliament ratified the trade pact with Australia in June.",
         "Australia's Senate ratified the trade pact with Japan in June."),
        ("The Spanish government approved the migration deal with Morocco on Monday.",
         "The Moroccan government approved the migration deal with Spain on Monday."),
    ])
    assert "duplicate" not in rel


def test_judge_called_or_described() -> None:
    assert judge_name("José Ramos-Horta called the vote a historic day.") == "horta"
    assert judge_name("Antony Blinken described the ceasefire as a first step.") == "blinken"
    assert judge_name("Ruto called for calm.") is None  # a lone first word
    assert judge_name("The British prime minister called the vote historic.") is None


def test_judges_named_two_ways_stay_one() -> None:
    assert _relations([
        ("Prime Minister Narendra Modi called the landing a historic day for India.",
         "Narendra Modi called the landing a historic day for India."),
        ("Rishi Sunak called the vote a historic moment for Britain.",
         "The British prime minister called the vote a historic moment for Britain."),
    ]) == ["duplicate"] * 2


def test_two_judges_calling_are_two_facts() -> None:
    rel = _relations([("Emmanuel Macron called the ruling a victory for Europe.",
                       "Jean-Luc Mélenchon called the ruling a victory for his movement.")])
    assert rel != ["duplicate"]


def test_body_as_site() -> None:
    assert body_sites("protesters gathered outside the national assembly in windhoek") == \
        {"parliament buildings": "national assembly"}
    assert body_sites("the bill was debated in parliament") == {}  # the body, no site


def test_one_building_named_two_ways_stays_one() -> None:
    assert _relations([
        ("Demonstrators rallied outside parliament in Belgrade on Sunday.",
         "Demonstrators rallied outside the National Assembly in Belgrade on Sunday."),
        ("Students protested outside the embassy in Jakarta on Monday.",
         "Students protested outside the Australian embassy in Jakarta on Monday."),
        ("Crowds gathered outside the parliament building in Accra on Monday.",
         "Crowds gathered in front of parliament in Accra on Monday."),
    ]) == ["duplicate"] * 3


def test_two_sites_in_one_city_are_two_facts() -> None:
    rel = _relations([
        ("Demonstrators rallied outside parliament in Belgrade on Sunday.",
         "Demonstrators rallied outside the Russian embassy in Belgrade on Sunday."),
        ("Hundreds of farmers protested outside the agriculture ministry in Warsaw on Friday.",
         "Hundreds of farmers protested outside the parliament building in Warsaw on Friday."),
    ])
    assert "duplicate" not in rel
