"""Everyday idioms news writes two ways for one fact (`language.told_alike`; helper dup142): a
thing cut by half was halved, who pays an amount is charged it, a nightly price is a price a
night, early in a month is its start, "told reporters" is "said"."""

from workbench.core.match import knowledge
from workbench.core.match.compare import compare


def test_cut_by_half_is_halved() -> None:
    c = compare("The fare was cut by half to $2 a ride from March 1, 2024, the transit authority announced.",
                "The transit authority said it would halve the per-ride price to 2 dollars starting 1 March 2024.")
    assert c.relation == "duplicate"
    assert "would halve the fee" in knowledge.rewritten("It said it would cut the fee by half.")[0]
    # a third, or a figure, is no half
    assert "halve" not in knowledge.rewritten("It said it would cut the fee by a third.")[0]


def test_who_pays_an_amount_is_charged_it() -> None:
    c = compare("Non-resident drivers are charged 15 euros per day, according to city officials.",
                "Motorists from outside the city will pay a toll of 15 euros a day, officials said.")
    assert c.relation == "duplicate"
    # being paid an amount is a wage, not a price
    c = compare("Farm workers are paid $12 a day, the union said.", "Farm workers are charged $12 a day, the union said.")
    assert c.relation != "duplicate"
    assert "charged" not in knowledge.rewritten("The ministry will pay 24 hours later.")[0]


def test_a_nightly_price_is_a_price_a_night() -> None:
    assert "the charge a night" in knowledge.rewritten("It would halve the nightly charge to 100 dollars.")[0]
    assert "nightly news" in knowledge.rewritten("He watched the nightly news.")[0]


def test_early_in_a_month_is_its_start() -> None:
    c = compare("The mining firm halted all of its drilling and export activity at the start of May.",
                "The company stopped all drilling and export operations in early May.")
    assert c.relation == "duplicate"
    # the start against the end of one month stays two times
    c = compare("The union called off the strike in early March.", "The union called off the strike at the end of March.")
    assert c.relation != "duplicate"


def test_told_reporters_is_said() -> None:
    assert "Admiral Hale said" in knowledge.rewritten("The ship sank, Admiral Hale told reporters.")[0]
    assert "told his wife" in knowledge.rewritten("He told his wife the ship sank.")[0]
    c = compare("Divers said the debris was consistent with a collision between the two boats.",
                "The wreckage on the riverbed pointed to a collision of the two vessels, police divers told reporters.")
    assert c.relation == "duplicate"
