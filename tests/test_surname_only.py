"""One person named with a title and in full and by family name alone (`match.surname_only`,
helper dup115): one doer, no name or title left over."""

from workbench.core.match.compare import compare, compare_many
from workbench.core.match.surname_only import surname_only
from workbench.core.vocab import Relation


def test_the_title_and_given_names_go_when_the_other_opens_with_the_family_name() -> None:
    assert surname_only("Prime Minister Kevin Rudd conceded defeat.", "Rudd admitted defeat.") == \
        ("Rudd conceded defeat.", "Rudd admitted defeat.", "same person: Prime Minister Kevin Rudd = Rudd")
    assert surname_only("Opposition leader Nawaz Sharif conceded defeat.", "Sharif accepted defeat.")[0] == \
        "Sharif conceded defeat."
    # words the other writes too stay ("premier" is "prime minister"); two people of one family stay
    assert surname_only("Prime Minister Kevin Rudd conceded.", "Rudd's premier party conceded.")[0] == \
        "Prime Minister Rudd conceded."
    assert surname_only("Kevin Rudd said so.", "Therese Rudd said so.") is None
    # named elsewhere than as the other's opening doer, or with an apposition, the title stays
    assert surname_only("Prime Minister Katrin Jakobsdottir said so.", "Iceland will act, according to Jakobsdottir.") is None
    assert surname_only("Prime Minister Robert Fico was shot.", "Fico, Slovakia's premier, was hit.") is None


def test_one_person_named_two_ways_is_one_doer() -> None:
    for a, b in (("Prime Minister Kevin Rudd conceded defeat.", "Rudd admitted that his party had lost the election."),
                 ("Opposition leader Raila Odinga called for mass protests.", "Odinga urged mass protests."),
                 ("Finance Minister Nirmala Sitharaman presented the budget on Saturday.",
                  "Sitharaman unveiled the budget on Saturday.")):
        assert compare(a, b).relation == Relation.DUPLICATE
        assert compare_many([(a, b)], semantic=True)[0].relation == Relation.DUPLICATE
    assert compare("Chancellor Olaf Scholz sacked his finance minister.",
                   "Scholz reinstated his finance minister.").relation != Relation.DUPLICATE
