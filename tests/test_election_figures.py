"""The share of voters who came (turnout) is no share of the votes: two kinds of one election's
figures (`language.kinds`), so the same percentage of each is two facts."""

from workbench.core.match.compare import compare
from workbench.core.vocab import Relation


def test_a_vote_share_and_a_turnout_are_two_facts() -> None:
    a, b = ("Mutharika won the presidential election with 41% of the vote, the commission said",
            "Turnout in the presidential election was 41 percent, according to the commission")
    result = compare(a, b)
    assert result.relation != Relation.DUPLICATE
    assert any("another of the" in r for r in result.reasons)


def test_a_turnout_told_two_ways_is_one() -> None:
    a, b = "Turnout in the presidential election was 41 percent", "41% of voters cast a ballot in the presidential election"
    assert compare(a, b).relation == Relation.DUPLICATE
