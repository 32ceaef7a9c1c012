"""Near-same claims with one slot told apart by the vocabulary: another act of one doer on one
thing (heard / upheld, elected / sworn in, imported / cooperated), another place or agreement
(a beach / a school, a security pact / a climate finance agreement), another office (the prime
minister / the head of the presidential cabinet) (helper not105)."""

from workbench.core.match.compare import compare
from workbench.core.match.roles import main_act


def test_irregular_past_forms_are_main_verbs() -> None:
    assert main_act("the high court upheld the ban on the rally") == "uphold"
    assert main_act("the high court heard the challenge to the ban") == "hear"


def test_other_acts_on_one_thing() -> None:
    a = "The High Court upheld the ban on the opposition rally."
    assert compare(a, "The High Court heard the opposition's challenge to the ban on the rally.").relation != "duplicate"
    assert compare(a, "The High Court confirmed the ban on the opposition rally.").relation == "duplicate"
    assert compare("Sato Kilman was elected prime minister on Monday, officials said.",
                   "Sato Kilman's cabinet was sworn in on Monday, officials said.").relation != "duplicate"


def test_other_place_agreement_or_office() -> None:
    a = "Firefighters sealed off a beach near Durban harbour after the oil spill."
    assert compare(a, "Firefighters sealed off an airport near Durban harbour after the oil spill.").relation != "duplicate"
    assert compare("Ruto signed a security pact with Japan in May 2023.",
                   "Ruto signed a climate finance agreement with Japan in May 2023.").relation != "duplicate"
    assert compare("President Macky Sall sacked the prime minister on Monday.",
                   "President Macky Sall sacked the head of the presidential cabinet on Monday.").relation != "duplicate"
    assert compare("President Macky Sall sacked his chief of staff on Monday.",
                   "President Macky Sall dismissed his chief of staff on Monday.").relation == "duplicate"
