"""Steps of politics and of a criminal case told in other words (`language.political_steps`): an
election called or ordered is one declared, a legislature's opening put off is the legislature
suspended, a charge faced is a charge brought, a decision voided is annulled."""

from workbench.core.language.political_steps import rewrite_political_steps
from workbench.core.match.compare import compare
from workbench.core.vocab import Relation


def _rewritten(text: str) -> str:
    return rewrite_political_steps(text, [])


def test_an_election_called_and_one_ordered_are_one_act() -> None:
    assert _rewritten("The president called a fresh election for 14 November.") == \
        "The president declared a fresh election for 14 November."
    assert _rewritten("A snap poll has been ordered for May 21.") == "A snap poll has been declared for May 21."
    # a call for an election is an appeal, not the election called
    assert _rewritten("The opposition called for early elections.") == "The opposition called for early elections."
    a, b = ("Nepal's president called a fresh election for 14 November to end the stalemate.",
            "A snap poll has been ordered for November 14 by Nepal's president, who said a new vote was needed to "
            "break the deadlock.")
    assert compare(a, b).relation == Relation.DUPLICATE


def test_an_election_called_is_no_election_postponed() -> None:
    a, b = ("Nepal's president called a fresh election for 14 November.",
            "Nepal's president postponed the election set for 14 November.")
    assert compare(a, b).relation != Relation.DUPLICATE


def test_a_legislature_whose_opening_was_put_off_was_suspended() -> None:
    assert _rewritten("The king put off the opening of the legislative assembly.") == \
        "The king suspended the legislative assembly."
    assert _rewritten("The city delayed the opening of the bridge.") == "The city delayed the opening of the bridge."
    a, b = ("Tonga's king suspended parliament on Friday.",
            "Tonga's king put off the opening of the legislative assembly on Friday.")
    assert compare(a, b).relation == Relation.DUPLICATE
    # the opening put off is no opening done
    opened = ("Fiji's president opened parliament on Friday.", "Fiji's president put off the opening of parliament on Friday.")
    assert compare(*opened).relation != Relation.DUPLICATE


def test_a_charge_faced_is_a_charge_brought_unless_it_may_come() -> None:
    assert _rewritten("The driver faces a manslaughter charge.") == "The driver is charged with manslaughter."
    assert _rewritten("The driver faced a charge of manslaughter.") == "The driver was charged with manslaughter."
    assert _rewritten("The driver could face a manslaughter charge.") == "The driver could face a manslaughter charge."
    assert _rewritten("The driver faces criminal charges.") == "The driver faces criminal charges."


def test_a_decision_voided_is_annulled() -> None:
    assert _rewritten("The court voided the appointment of the commissioner.") == \
        "The court annulled the appointment of the commissioner."
    assert _rewritten("Officials voided 300 ballots.") == "Officials voided 300 ballots."
