"""One negative state told two ways (`match.negated_states`; helper dup145b): "has never been paid"
denies "paid" as "unpaid" does, so "remains unpaid" / "has never been paid" is one state, not paid
against not paid, and its "not" no denial of the other (`negation_step`); "has been paid" stays its
opposite. And verbs of giving told two ways (`verbs.VERB_SYNONYMS`): renounced / gave up, provide /
give, awarded / granted."""

from workbench.core.match import knowledge
from workbench.core.match.compare import compare
from workbench.core.match.negated_states import NOT_MARK, state_marks


def test_never_been_paid_denies_paid() -> None:
    assert NOT_MARK + "paid" in state_marks("The fine has never been paid.")
    assert NOT_MARK + "delivered" in state_marks("The aid has not yet been delivered.")
    assert NOT_MARK + "paid" not in state_marks("The fine has been paid.")


def test_unpaid_and_never_paid_are_one_state() -> None:
    c = compare("Most of the 40 million dollars in back pay owed to the miners remains unpaid, the union said.",
                "The union said the miners are owed $40 million in back wages, most of which has never been paid.")
    assert c.relation == "duplicate"
    c = compare("The 3 million euro fine imposed on the club in 2019 has still not been paid, the league said.",
                "The league said the club's 2019 fine of 3 million euros remains unpaid.")
    assert c.relation == "duplicate"
    c = compare("The 40 million dollars owed to the miners remains unpaid, the union said.",
                "The union said the $40 million owed to the miners has been paid.")
    assert c.relation == "conflict"


def test_renounced_is_given_up() -> None:
    c = compare("The senator renounced his Canadian citizenship in 2019.",
                "In 2019 the senator gave up his Canadian citizenship, citing his run for office.")
    assert c.relation == "duplicate"
    c = compare("The senator renounced his Canadian citizenship in 2019.", "The senator kept his Canadian citizenship in 2019.")
    assert c.relation == "conflict"


def test_provided_and_awarded_are_given_and_granted() -> None:
    assert "will provide Vietnam $600" in knowledge.rewritten("Japan will provide Vietnam with $600 million.")[0]
    assert "court granted damages" in knowledge.rewritten("The court awarded damages.")[0]
    assert "an award" in knowledge.rewritten("She won an award.")[0]  # the noun is a prize
    c = compare("The court awarded 5 million dollars in damages to the victims' families.",
                "The victims' families were granted $5 million in compensation by the court.")
    assert c.relation == "duplicate"
    c = compare("Japan will provide Vietnam with $600 million over 20 years for the metro line.",
                "Tokyo is to give Vietnam 600 million dollars across two decades for the metro line.")
    assert c.relation == "duplicate"
