"""States and outcomes told in other words (`language.told_states`, helper dup115): a patient who
left hospital was discharged, one rushed there hospitalised; an act with a political motive was
politically motivated; a defeat admitted is defeat conceded. With them, a turnout told as a
fraction of the voters (`language.phrases`), "AI" for "artificial intelligence" and "doctored" for
"manipulated" (the noun and verb tables)."""

from workbench.core.language.told_states import rewrite_told_states
from workbench.core.match.compare import compare, compare_many, prepared_rewrite
from workbench.core.vocab import Relation


def _semantic(a: str, b: str) -> str:
    return compare_many([(a, b)], semantic=True)[0].relation


def _rewritten(text: str) -> str:
    return rewrite_told_states(text, [])


def test_a_patient_who_left_hospital_was_discharged() -> None:
    assert _rewritten("The singer left the Santa Maria hospital on Friday.") == \
        "The singer discharged from the Santa Maria hospital on Friday."
    assert _rewritten("He was released from hospital.") == "He was discharged from hospital."
    assert _rewritten("He left Kyiv for a hospital in Lviv.") == "He left Kyiv for a hospital in Lviv."
    assert _rewritten("Protesters left the hospital grounds.") == "Protesters left the hospital grounds."
    a, b = ("The injured singer was discharged from hospital on Friday.",
            "The singer left hospital on Friday after treatment for burns.")
    assert compare(a, b).relation == Relation.DUPLICATE
    assert _semantic(a, b) == Relation.DUPLICATE


def test_a_patient_discharged_is_no_patient_admitted() -> None:
    assert _rewritten("She was rushed to a military hospital.") == "She was hospitalised."
    for other in ("The former president was admitted to hospital on 12 March.",
                  "The former president was rushed to hospital on 12 March."):
        assert compare("The former president was discharged from hospital on 12 March.", other).relation \
            != Relation.DUPLICATE


def test_a_political_motive_is_a_political_motivation() -> None:
    assert _rewritten("The stabbing had a political motive.") == "The stabbing was politically motivated."
    assert _rewritten("The attack was motivated by racism.") == "The attack was racially motivated."
    a, b = ("Investigators said the killing was politically motivated.",
            "The killing had a political motive, according to investigators.")
    assert compare(a, b).relation == Relation.DUPLICATE
    assert compare("Police said the stabbing had a political motive.",
                   "Police said the stabbing was not politically motivated.").relation != Relation.DUPLICATE


def test_a_defeat_admitted_is_defeat_conceded() -> None:
    assert _rewritten("Sall acknowledged on Sunday that his coalition had lost the vote.") == \
        "Sall conceded defeat on Sunday."
    assert _rewritten("Sharif accepted that his alliance had been defeated in the election.") == "Sharif conceded defeat."
    for kept in ("The governor admitted that he had lost his temper.", "Rudd admitted that his party had lost votes.",
                 "Her party admitted it had lost its majority."):
        assert _rewritten(kept) == kept
    a, b = ("The governor conceded defeat.", "The governor admitted that he had lost the race.")
    assert compare(a, b).relation == Relation.DUPLICATE
    assert _semantic("President Macky Sall conceded defeat on Sunday.",
                     "Sall acknowledged on Sunday that his coalition had lost the vote.") == Relation.DUPLICATE
    assert compare("President Macky Sall conceded defeat on Sunday.",
                   "Sall admitted on Sunday that his coalition had won the vote.").relation != Relation.DUPLICATE


def test_a_turnout_told_as_a_fraction_of_the_voters() -> None:
    assert prepared_rewrite("Roughly three in five registered voters cast ballots.")[2] == "Roughly three in five turnout."
    assert prepared_rewrite("Three quarters of eligible voters cast their ballots.")[2] == "Three quarters turnout."
    assert prepared_rewrite("47% of voters cast a ballot.")[2] == "47% turnout."
    a, b = ("Turnout was 75%, the electoral body said.",
            "Three quarters of eligible voters cast their ballots, the electoral body said.")
    assert compare(a, b).relation == Relation.DUPLICATE
    assert compare("Turnout was about 60%, the election commission said.",
                   "Roughly three in five voters backed the new constitution, according to the election commission."
                   ).relation != Relation.DUPLICATE


def test_ai_spelt_out_and_doctored() -> None:
    a, b = ("The minister said the video had been manipulated using artificial intelligence.",
            "The video was doctored with AI, according to the minister.")
    assert compare(a, b).relation == Relation.DUPLICATE
    assert compare("The minister said the video had been doctored.",
                   "The video was manipulated, the minister said.").relation == Relation.DUPLICATE
    assert compare(a, "The minister said the video was genuine and had not been manipulated.").relation \
        != Relation.DUPLICATE
