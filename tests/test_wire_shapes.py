"""Wire stories (issue 12): invented sentences of the shapes the held-out stories missed — pronoun and
description speakers, trailing frames after a split, names left inside a claim, broken splits, relay
chains — and of the misses on the own gold's wire stories, with other words, names and positions."""

from __future__ import annotations

import pytest
from extract_helpers import without_cores

from workbench.core.extract.extractor import extract_claims


def texts(text: str) -> list[str]:
    return [c.text for c in without_cores(extract_claims(text)) if c.kind == "claim"]


def said(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.text) for c in without_cores(extract_claims(text)) if c.kind == "claim"]


def test_relative_clause_after_comma_and_who_with_a_plain_or_adverb_led_verb():
    assert texts("Local farmers, who depend on the river for irrigation, lost most of their crops.") == [
        "Local farmers lost most of their crops.", "Local farmers depend on the river for irrigation."]
    assert texts("The ferry crews, who normally work the night shift, refused to sail.") == [
        "The ferry crews refused to sail.", "The ferry crews normally work the night shift."]


def test_relative_clause_on_the_subject_after_a_conjunction_is_no_broken_split():
    # not "..., but the ministry." and "Opposition deputies hopes ..."
    assert texts("Opposition deputies voted against the plan, but the ministry, which controls the budget, "
                 "expects to start work in May.") == [
        "Opposition deputies voted against the plan.", "The ministry expects to start work in May.",
        "The ministry controls the budget."]


def test_role_set_off_before_the_name_is_no_part_of_the_claim():
    # not "Four schools were shut, the district education officer." with the speaker "Moreau"
    assert said("Four schools were shut, the district education officer, Paul Moreau, said.") == [
        ("the district education officer, Paul Moreau", "Four schools were shut."),
        (None, "Paul Moreau is the district education officer.")]
    # a description that is no role stays in the claim
    assert said("The fire spread to the harbour, the town's main employer, Moreau said.")[0] == (
        "Moreau", "The fire spread to the harbour, the town's main employer.")


def test_according_to_with_a_role_after_the_name_and_without_a_comma():
    assert said("Two ferries sank, according to Ines Duval, the port director.")[0] == (
        "Ines Duval, the port director", "Two ferries sank.")
    assert said("According to the coast guard 14 sailors were rescued.") == [
        ("the coast guard", "14 sailors were rescued.")]
    assert said("According to the harbour master the storm had passed.") == [
        ("the harbour master", "The storm had passed.")]


def test_passive_quoting_keeps_the_speaker_and_the_outlet_relays():
    claims = [c for c in extract_claims("Eleven miners were trapped, Okafor was quoted by Xinhua as saying.")
              if c.kind == "claim"]
    assert [(c.speaker, c.relayed_by, c.text) for c in claims] == [("Okafor", "Xinhua", "Eleven miners were trapped.")]
    assert said("The mayor was quoted as saying that the dam held.") == [("The mayor", "The dam held.")]


def test_trailing_frame_with_remarks_tail_or_a_clause_after_it():
    assert said("Eleven miners were trapped, Okafor said in remarks carried by state radio.") == [
        ("Okafor", "Eleven miners were trapped.")]
    assert said("Eleven miners were trapped, Okafor said, while four others were rescued.") == [
        ("Okafor", "Eleven miners were trapped."), ("Okafor", "Four others were rescued.")]
    assert said("Eleven miners were trapped, Okafor posted on social media.") == [
        ("Okafor", "Eleven miners were trapped.")]
    assert said("The mining company posted a profit of $4 million.") == [
        (None, "The mining company posted a profit of $4 million.")]


def test_descriptions_tie_back_to_the_speaker_introduced_with_that_role():
    story = ("The transport ministry said 40 flights were cancelled. The ministry said the airport would reopen "
             "on Friday. Osei's deputy, a senior customs officer, said 12 bags were seized. The officer said "
             "two men were held.")
    assert [s for s, _ in said(story)] == ["The transport ministry", "The transport ministry",
                                          "Osei's deputy, a senior customs officer",
                                          "Osei's deputy, a senior customs officer"]


def test_a_characterisation_is_said_by_its_subject_and_kept_whole():
    speaker, text = said('Coach Ana Lind spoke after the match. She described the referee as "a disgrace."')[-1]
    assert "Ana Lind" in (speaker or "") and text.endswith('Ana Lind described the referee as "a disgrace".')
    assert said("The minister described the fire as arson and resigned.") == [
        (None, "The minister described the fire as arson and resigned.")]


def test_participle_after_a_passive_with_an_agent_is_the_agents_act():
    assert texts("The convoy was stopped by a border patrol that was on duty, arresting 12 smugglers.")[-1] == (
        "A border patrol arrested 12 smugglers.")
    assert texts("The farm was struck by a storm, destroying two barns.")[-1] == "A storm destroyed two barns."
    # the subject's own leg: the subject's act
    assert texts("The rider was thrown by his horse, breaking his arm.")[-1] == "The rider broke his arm."


def test_role_then_name_subject_gives_the_name_as_subject_and_a_role_fact():
    assert texts("A teacher at the village school, Rosa Lindgren, drove the children to safety.") == [
        "Rosa Lindgren is a teacher at the village school.", "Rosa Lindgren drove the children to safety."]
    # a place, not a person: left as it is
    assert texts("The capital of the region, Port Amir, was cut off.") == [
        "The capital of the region, Port Amir, was cut off."]


def test_concessive_lead_with_a_coordinated_subject_and_an_opening_quote():
    assert texts('"While three trucks and their drivers turned back, the convoy reached the camp and unloaded '
                 'the food.') == ["Three trucks and their drivers turned back.", "The convoy reached the camp.",
                                  "The convoy unloaded the food."]


def test_adverb_of_the_first_verb_is_not_carried_to_the_second():
    assert texts("The crew quickly repaired the pump and restarted the engine.") == [
        "The crew quickly repaired the pump.", "The crew restarted the engine."]


def test_which_clause_with_a_plain_verb_and_an_object():
    assert texts("He defended the cuts, which save 30 million euros a year, and promised more.")[:2] == [
        "He defended the cuts.", "The cuts save 30 million euros a year."]


def test_pair_whose_second_item_has_its_own_infinitive():
    # not "... against new water charges to close two dams."
    assert texts("Farmers marched in protest against new water charges and a decision to close two dams.") == [
        "Farmers marched in protest against new water charges.",
        "Farmers marched in protest against a decision to close two dams."]


def test_trailing_speaker_with_a_relative_clause_leaves_no_name_in_the_claim():
    # not "Eleven miners were trapped in the shaft, Okafor." and "Eleven miners told reporters."
    assert said("Eleven miners were trapped in the shaft, Okafor, who is also the mine's safety chief, "
                "told reporters.") == [("Okafor", "Eleven miners were trapped in the shaft."),
                                      (None, "Okafor is also the mine's safety chief.")]


def test_quotation_going_on_after_the_frame_and_a_concession_after_it():
    assert said('"Eleven miners are trapped," Okafor said, "and four are injured."') == [
        ("Okafor", "Eleven miners are trapped."), ("Okafor", "Four are injured.")]
    assert said("Eleven miners were trapped, Okafor admitted, though he gave no names.") == [
        ("Okafor", "Eleven miners were trapped."), (None, "Okafor gave no names.")]


def test_two_frames_in_one_sentence():
    assert said("Eleven miners were trapped, Okafor said, and four were injured, he added.") == [
        ("Okafor", "Eleven miners were trapped."), ("Okafor", "Four were injured.")]
    # another speaker for the second half: the first half keeps no wrong speaker and no frame in its text
    assert said("Two shafts were closed, the mayor said, but the mine was safe, police said.") == [
        (None, "Two shafts were closed."), ("police", "The mine was safe.")]
    assert said("Two shafts were closed, the mayor said, but the mine was safe, inspectors said.") == [
        ("the mayor", "Two shafts were closed."), (None, "The mine was safe.")]


def test_dateline_opening_the_first_sentence_is_no_part_of_a_claim():
    body = "LAGOS (Reuters) - Floods killed 14 people on Monday, officials said."
    claims = [c for c in without_cores(extract_claims(body)) if c.kind == "claim"]
    assert [(c.speaker, c.text) for c in claims] == [("officials", "Floods killed 14 people on Monday.")]
    assert all(body[c.start:c.end] == c.quote and not c.quote.startswith("LAGOS") for c in claims)
    assert texts("OSLO — Two ferries collided in the fjord.") == ["Two ferries collided in the fjord."]
    assert texts("EU - UK talks resumed in Brussels.") == ["EU - UK talks resumed in Brussels."]
    assert texts("UN – Security Council members met in Geneva.") == ["UN – Security Council members met in Geneva."]


@pytest.mark.parametrize("dateline", [
    "NAIROBI, March 3 (Reuters) - ", "WASHINGTON, Jan. 5, 2014 (AP) — ", "NEW DELHI, India, Nov 12 (AFP) -- ",
    "LAGOS, Nigeria (Reuters) - ", "MOSUL, June 10 — ", "KYIV, May 10 (Kyiv Herald) - ", "DOHA (Al Jazeera) - ",
    "KIDAL, Nov 12 - ", "GAZA CITY, Jan. 5, 2024 – ",
])
def test_a_dateline_with_its_day_or_region_is_no_part_of_a_claim(dateline):
    # the day in "NAIROBI, March 3 (Reuters) -" is the report's, not the fact's: left in the claim,
    # it clashed with another outlet's dateline ("March 4") as a date conflict
    body = dateline + "Floods killed 14 people in the delta, officials said."
    claims = [c for c in without_cores(extract_claims(body)) if c.kind == "claim"]
    assert [(c.speaker, c.text) for c in claims] == [("officials", "Floods killed 14 people in the delta.")]


def test_relay_chain_with_a_relative_clause_on_the_source():
    claims = [c for c in without_cores(extract_claims(
        "Reuters, citing a senior diplomat who asked not to be named, said the talks had failed.")) if c.kind == "claim"]
    assert [(c.speaker, c.relayed_by, c.text) for c in claims] == [
        (None, None, "A senior diplomat asked not to be named."),
        ("a senior diplomat", "Reuters", "The talks had failed.")]


def test_apposition_about_the_whole_clause_gives_no_x_is_y_fact():
    assert "Tarsk is a claim denied by the rebels." not in texts(
        "The army said it had retaken the town of Tarsk, a claim denied by the rebels.")


def test_a_description_prefers_the_speaker_with_that_very_role_over_a_nearer_kin():
    story = ("Two dams overflowed, said water board official Ines Varga. Health minister Paul Adeyemi said "
             "cholera was a risk. Four villages were evacuated, the official said.")
    assert [s for s, _ in said(story)] == ["water board official Ines Varga", "Health minister Paul Adeyemi",
                                          "water board official Ines Varga"]


def test_reporting_verbs_with_a_plain_object_report_nothing():
    assert said("Governor Ana Vidal declared a state of emergency.")[-1] == (
        None, "Governor Ana Vidal declared a state of emergency.")
    assert said("The coach explained the new tactics to his players.") == [
        (None, "The coach explained the new tactics to his players.")]
    assert said("The coach explained that the pitch was too wet.") == [("The coach", "The pitch was too wet.")]


def test_according_to_inside_the_sentence_and_told_an_outlet():
    assert said("Eleven miners, according to Okafor, were still trapped on Monday.")[-1] == (
        "Okafor", "Eleven miners were still trapped on Monday.")
    assert said("Okafor told the BBC the shaft had flooded.") == [("Okafor", "The shaft had flooded.")]
    assert said("Rescuers told the Associated Press that two miners died.") == [("Rescuers", "Two miners died.")]


def test_the_outlets_own_reporter_is_a_speaker():
    assert said("Three tanks entered the town at dawn, our correspondent says.") == [
        ("our correspondent", "Three tanks entered the town at dawn.")]


def test_inverted_frame_with_an_age_and_the_he_after_it():
    story = ('Mayor Tove Lund opened the shelter on Monday. "We have lost everything," said fisherman Nils Berg, 58. '
             'He said his boat had sunk.')
    assert said(story)[-2:] == [("fisherman Nils Berg, 58", "We have lost everything."),
                                ("Nils Berg", "His boat had sunk.")]
