"""A service's ban lifted told in the passive or as reversed (`language.service_cuts`), and a time
offset of one unit read as a span ("a day after it was imposed": `figures.fallback`; helper dup115)."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare, prepared_rewrite
from workbench.core.vocab import Relation


def test_a_ban_lifted_in_the_passive_or_reversed_is_the_service_restored() -> None:
    assert prepared_rewrite("The internet shutdown has been lifted.")[2] == "The internet has been restored."
    assert "restored the social media" in prepared_rewrite("Officials reversed the social media suspension.")[2]
    assert prepared_rewrite("The ban on imports was lifted.")[2] == "The ban on imports was lifted."
    a, b = ("The internet shutdown was lifted on Friday.", "Authorities restored internet access on Friday.")
    assert compare(a, b).relation == Relation.DUPLICATE
    assert compare("The internet shutdown was lifted on Friday.",
                   "Authorities cut off internet access on Friday.").relation != Relation.DUPLICATE


def test_a_time_offset_of_one_unit_is_a_span() -> None:
    [q] = fig.quantities_of("The ban was lifted a day after it was imposed.")
    assert (q.text, q.value) == ("a day", 1.0)
    a = "The curfew was lifted a week after it was imposed."
    assert compare(a, "The curfew was lifted two weeks after it was imposed.").relation != Relation.DUPLICATE
