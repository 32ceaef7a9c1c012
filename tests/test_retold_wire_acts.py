"""Acts, counts and things wire copy tells in other words (helper para97, sets 97-100 read): a
crowd broken up / dispersed, queues formed / people lined up, forces called in / deployed, a vote
called a fraud / denounced as rigged, "several hundred" / "hundreds of", filling / petrol stations,
army positions / military posts, a hung parliament. Probed on other stories than the blind set's."""

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


def _same(a: str, b: str) -> bool:
    return rewrite(a)[0] == rewrite(b)[0]


def test_rewrites_read_one_way() -> None:
    assert _same("Police used tear gas to break up the crowd.", "Police used tear gas to disperse the crowd.")
    assert _same("Drivers lined up at filling stations.", "Drivers queued at petrol stations.")
    assert "people queue" in rewrite("Long queues formed at banks.")[0]
    assert _same("The army had been called in.", "The army had been deployed.")
    assert "as rigged" in rewrite("The opposition called the election a fraud.")[0]
    assert "hundreds of protesters" in rewrite("Police arrested several hundred protesters.")[0]
    assert "hundred thousand" in rewrite("Several hundred thousand people fled.")[0]  # (a larger scale stays)
    assert "summon" in rewrite("The ministry called in the French ambassador.")[0]  # (an envoy is summoned)
    assert _same("Rebels attacked two army positions simultaneously.", "Rebels attacked two military posts at the same time.")
    assert _same("The vote left no party with an outright majority.", "The vote left hung parliament.")


def test_retold_facts_are_duplicates() -> None:
    pairs = [
        ("Police fired tear gas to disperse hundreds of protesters in Kampala.",
         "Gendarmes used tear gas to break up several hundred protesters in Kampala."),
        ("Long queues formed outside banks in Harare as cash ran short.",
         "Depositors lined up for hours outside banks in Harare amid a cash shortage."),
        ("Three opposition candidates called the presidential election a fraud and rejected the results.",
         "The three challengers denounced the presidential vote as rigged and refused to accept the outcome."),
        ("Rebels attacked three army positions near the border overnight, the army said.",
         "Insurgents struck three military posts near the border overnight, according to the army."),
    ]
    for a, b in pairs:
        assert compare(a, b).relation == "duplicate", (a, b)


def test_other_acts_and_doers_stay_apart() -> None:
    assert compare("The opposition rejected the results of the municipal vote in Tbilisi.",
                   "The opposition accepted the results of the municipal vote in Tbilisi.").relation != "duplicate"
    assert compare("Gendarmes arrested 12 suspected smugglers near the Niger border.",
                   "Soldiers arrested 12 suspected smugglers near the Niger border.").relation != "duplicate"
    assert compare("Police fired tear gas to disperse several hundred students in Kinshasa.",
                   "Police fired tear gas to disperse several hundred thousand students in Kinshasa.").relation != "duplicate"
    assert compare("The army was deployed to help police in Lima, the defence ministry said.",
                   "The army was withdrawn from Lima, the defence ministry said.").relation != "duplicate"
