"""A name in -ed is no act (helper dup121, sets 121-124 read): "Brothers George and Alfred
Degiorgio were each sentenced" read "Alfred" as its verb and "George" as a doer, so a court
that jailed the brothers was "another doer". A word in -ed capitalised inside a sentence is a
name's (`roles.names_kept`); a quantifier floated after the auxiliary ("were each sentenced") is
skipped as an adverb is."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.roles import main_act, names_kept


def test_a_capitalised_word_in_ed_is_kept_as_a_name() -> None:
    written = "The visit of prime minister Mohammed al-Sudani to the capital was delayed."
    assert names_kept(written, written.lower().replace(".", "")).split()[5] == "Mohammed"
    # a headline capitalises every word: nothing is kept
    headline = "Police Arrested Two Men In Kabul"
    assert names_kept(headline, headline.lower()) == headline.lower()


def test_the_act_is_read_past_a_name_in_ed_and_a_floated_quantifier() -> None:
    assert main_act("brothers Ahmed and Mohammed khalil were each sentenced to 15 years") == "sentenc"
    assert main_act("president kais Saied dissolved parliament on sunday") == "dissolv"
    assert main_act("the rebels have all fled the town") == main_act("the rebels have fled the town") != "all"
    # a lower-case past tense is still the act
    assert main_act("the army attacked the town") == "attack"


def test_a_court_that_jailed_people_named_in_ed_is_no_other_doer() -> None:
    assert compare("Brothers Kareem and Mohammed Nasser were both sentenced to 15 years in prison for the attack.",
                   "A Tunisian court jailed the Nasser brothers for 15 years each over the attack.").relation == "duplicate"
    assert compare("Former ministers Tarek Ali and Mohammed Saleh were each sentenced to 12 years in prison.",
                   "An Egyptian court jailed ex-ministers Tarek Ali and Mohammed Saleh for 12 years apiece.").relation == "duplicate"


def test_hard_negatives_keep_their_answer() -> None:
    assert compare("Ahmed Shah was arrested in Kabul on Monday.",
                   "Ahmed Shah was released in Kabul on Monday.").relation != "duplicate"
    assert compare("Police said Mohammed Yusuf was killed in the raid in Kano.",
                   "Police said Mohammed Yusuf was arrested in the raid in Kano.").relation != "duplicate"
