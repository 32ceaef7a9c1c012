"""The same act done by another doer or to another target (helper not89): a progressive verb
is an active one (`roles.progressive`), a people's name the tables spell out is a name ("Polish"),
two peoples alike in writing are two ("Belarusian" / "Russian"), a "for" phrase and an
infinitive's object are where the act lands (`roles.aimed_at`), and one named against a group
of people is another one done to (`named_objects.one_and_a_group`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.roles import aimed_at, progressive, roles


def test_a_progressive_verb_reads_its_subject_as_the_doer() -> None:
    assert progressive("guarding") and not progressive("during")
    doer, done = roles("polish troops were guarding the border crossing") or ((), ())
    assert "polish" in doer and "border" in done
    doer, done = roles("the hostages were being held by hamas") or ((), ())
    assert "hama" in doer and "hostag" in done


def test_the_act_lands_on_a_for_phrase_and_an_infinitive_object() -> None:
    assert aimed_at("a court issued an arrest warrant for imran khan on 12 march") == ("imran", "khan")
    assert aimed_at("prosecutors asked a court to strip six governors of their immunity") == ()
    assert aimed_at("prosecutors asked a court to strip six governors of their immunity", infinitive=True) == (
        "six", "governors", "of", "their", "immunity")


@pytest.mark.parametrize("a, b", [
    ("Polish troops were patrolling the border crossing near Narva, the alliance said.",
     "German soldiers were patrolling the border crossing near Narva, the alliance said."),
    ("Belarusian troops were guarding the airfield as part of the mission.",
     "Russian paratroopers were guarding the airfield as part of the mission."),
    ("A Moscow court issued an arrest warrant for Alexei Navalny's aide Leonid Volkov.",
     "A Moscow court issued an arrest warrant for journalist Dmitry Muratov."),
    ("Prosecutors asked a court to strip Senator Juan Perez of his immunity.",
     "Prosecutors asked a court to strip six provincial governors of their immunity."),
])
def test_another_doer_or_target_is_another_fact(a: str, b: str) -> None:
    assert compare(a, b).relation != "duplicate"


@pytest.mark.parametrize("a, b", [
    ("Polish troops were patrolling the border crossing near Narva, the alliance said.",
     "Polish soldiers were patrolling the border crossing near Narva."),
    ("Prosecutors asked a court to strip Senator Juan Perez of his immunity.",
     "Prosecutors asked a court to strip Perez and two of his aides of their immunity."),
    ("Parliament voted to strip former president Jair Bolsonaro of his political rights.",
     "Lawmakers voted to strip Bolsonaro of his political rights."),
])
def test_the_same_doer_and_target_told_again_stay_apart_from_the_rule(a: str, b: str) -> None:
    assert not any(r.startswith(("another doer", "another one done to", "another thing named"))
                   for r in compare(a, b).reasons)


def test_a_given_name_before_a_shared_family_name_is_no_other_name() -> None:
    c = compare("Taupo was guiding her owner Paul Kibblewhite, 62, on a three-day walk with a tramping party of eight.",
                "Taupo had been leading Mr Kibblewhite, 62, of Rotorua, on a three-day walk with a tramping party of eight.")
    assert not any(r.startswith("another thing named") for r in c.reasons)
