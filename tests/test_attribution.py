"""Attribution: frames in every position, pronoun and description speakers resolved to the one
introduced before, relay chains, no speaker name left in a claim. Invented sentences of the shapes
wire stories use."""

from __future__ import annotations

from extract_helpers import without_cores

from workbench.core.extract.extractor import extract_claims


def said(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.speaker) for c in without_cores(extract_claims(text)) if c.kind == "claim"]


def test_he_after_a_spokesman_named_in_a_trailing_frame():
    found = said("Floods swept through the valley on Monday, a spokesman named Karimi said. "
                 "He said nine people had so far been confirmed dead. "
                 "He added that rescue teams were searching the river banks.")
    assert found == [
        ("Floods swept through the valley on Monday.", "a spokesman named Karimi"),
        ("Nine people had so far been confirmed dead.", "Karimi"),
        ("Rescue teams were searching the river banks.", "Karimi"),
    ]


def test_inverted_and_trailing_frames_with_a_lower_case_role_before_the_name():
    assert said("The river rose overnight, and several bridges were swept away, said river authority "
                "official Karimi.") == [
        ("The river rose overnight.", "river authority official Karimi"),
        ("Several bridges were swept away.", "river authority official Karimi"),
    ]
    assert said("The army evacuated the town and residents fled to higher ground, regional spokesman "
                "Tomas Ferreira said.") == [
        ("The army evacuated the town.", "regional spokesman Tomas Ferreira"),
        ("Residents fled to higher ground.", "regional spokesman Tomas Ferreira"),
    ]


def test_the_name_never_stays_in_the_claim():
    found = said("Nine people had so far been confirmed dead, Karimi, the agency's spokesman, said.")
    assert found[0] == ("Nine people had so far been confirmed dead.", "Karimi, the agency's spokesman")
    found = said("Nine people had so far been confirmed dead, Karimi added, and more bodies were expected.")
    assert found == [("Nine people had so far been confirmed dead.", "Karimi"),
                     ("More bodies were expected.", "Karimi")]


def test_descriptions_resolve_to_the_nearest_compatible_named_speaker():
    found = said("The clinic treated 40 people, said Dr. Lena Ostrova, the head of the clinic. "
                 "The doctor said most of them had broken bones.")
    assert found[-1] == ("Most of them had broken bones.", "Dr. Lena Ostrova, the head of the clinic")
    found = said("The Transport Ministry said 300 buses were sent. The ministry added that roads would stay "
                 "closed until Friday.")
    assert [s for _, s in found] == ["The Transport Ministry", "The Transport Ministry"]
    found = said("The dam held, said harbour official Omondi. The official said the water was falling.")
    assert found[-1] == ("The water was falling.", "harbour official Omondi")


def test_it_and_they_resolve_to_the_organisation_or_group():
    found = said("Rescuers pulled three people from the rubble, the fire agency said. "
                 "It said the search would continue overnight.")
    assert found[-1] == ("The search would continue overnight.", "the fire agency")
    found = said("The inspectors said the bridge would be rebuilt. They said work would start in May.")
    assert found[-1] == ("Work would start in May.", "The inspectors")
    # an unresolvable description stays as written
    assert said("The official said the road was closed.") == [("The road was closed.", "The official")]


def test_it_in_the_content_is_the_speaking_organisation():
    assert said("The coast guard says it has rescued 12 fishermen.") == [
        ("The coast guard has rescued 12 fishermen.", "The coast guard")]
    # a club, a team, a board: organisations too
    assert said("The club said it would appeal.") == [("The club would appeal.", "The club")]


def test_embedded_frame_between_subject_and_verb_phrase():
    found = extract_claims("The storm, the weather service said, would weaken by Tuesday.")
    assert [(c.text, c.speaker) for c in found] == [("The storm would weaken.", "the weather service"),
                                                    ("The storm would weaken by Tuesday.", "the weather service")]
    assert found[0].quote == "The storm, the weather service said, would weaken"
    assert found[1].quote == "The storm, the weather service said, would weaken by Tuesday."


def test_according_to_with_or_without_comma_and_told_outlet():
    assert said("Two men were arrested on Sunday, according to police.") == [
        ("Two men were arrested on Sunday.", "police")]
    assert said("Two men were arrested on Sunday according to police.") == [
        ("Two men were arrested on Sunday.", "police")]
    [c] = extract_claims("The dam held, Omondi told Reuters.")
    assert (c.text, c.speaker, c.relayed_by) == ("The dam held.", "Omondi", "Reuters")


def test_relay_chain_quoting_a_source():
    [c] = extract_claims("The rebels seized the airport, AFP reported, quoting a police colonel.")
    assert (c.text, c.speaker, c.relayed_by) == ("The rebels seized the airport.", "a police colonel", "AFP")


def test_quotation_opened_after_a_frame_runs_on_to_the_next_sentence():
    found = said('The manager said that "one of our clerks saw a parcel by the door. '
                 'We called the police and left the building."')
    assert all(s == "The manager" for _, s in found), found
    found = said("The minister told the assembly:\n"
                 '"The harbour will reopen in June.\n'
                 'We will pay for the repairs."')
    assert [s for t, s in found if "harbour" in t or "repairs" in t] == ["The minister", "The minister"]


def test_a_list_of_subjects_is_no_speaker():
    found = said("The state police, the FBI and the city police responded to the call.")
    assert found == [("The state police responded to the call.", None), ("The FBI responded to the call.", None),
                     ("The city police responded to the call.", None)]


def test_it_is_a_body_not_a_spokesman_and_according_after_but():
    assert said("A port spokesman said it had answered a distress call.") == [
        ("It had answered a distress call.", "A port spokesman")]
    assert said("But according to Omondi, two threats came in.") == [("Two threats came in.", "Omondi")]


def test_relay_before_the_verb_and_the_description_that_follows():
    found = extract_claims("Reuters, quoting a harbour pilot, reported that two tugs had sunk. "
                           "The pilot, who asked not to be named, said three sailors were rescued.")
    sunk = next(c for c in found if "tugs" in c.text)
    assert (sunk.text, sunk.speaker, sunk.relayed_by) == ("Two tugs had sunk.", "a harbour pilot", "Reuters")
    rescued = next(c for c in found if "rescued" in c.text)
    assert (rescued.speaker, rescued.relayed_by) == ("a harbour pilot", "Reuters")


def test_a_second_that_clause_loses_its_that():
    assert said("The nurse said most of them had burns, and that two were in a critical condition.") == [
        ("Most of them had burns.", "The nurse"), ("Two were in a critical condition.", "The nurse")]


def test_competing_accounts_keep_their_own_speakers():
    found = said("Troops retook the port on Sunday, the army said, but rebel leaders insisted they still held "
                 "the docks.")
    assert found[0] == ("Troops retook the port on Sunday.", "the army")
    assert found[1][1] is None  # the rebels' claim is not the army's
    found = said('"We hold the port," army spokesman Colonel Ivo Brandt told state television. '
                 "He said 30 fighters had been captured.")
    assert found == [("We hold the port.", "army spokesman Colonel Ivo Brandt"),
                     ("30 fighters had been captured.", "Colonel Ivo Brandt")]


def test_she_after_a_role_and_name_apposition_in_subject_position():
    found = said("A union spokeswoman, Lena Holm, rejected the offer. She said the strike would go on.")
    assert found[-1] == ("The strike would go on.", "Lena Holm")


def test_that_as_the_subject_of_the_reported_clause():
    assert said("The mayor said that was a mistake.") == [("That was a mistake.", "The mayor")]


def test_he_after_an_unnamed_spokesman():
    found = said("The ferry sank near the harbour, a coast guard spokesman said. He said 40 people were rescued.")
    assert found[-1] == ("40 people were rescued.", "a coast guard spokesman")


def test_subjectless_reporting_line_takes_the_person_before():
    assert said("Maren Holt won the race on Sunday. Says she will defend the title.")[-1] == (
        "Maren Holt will defend the title.", "Maren Holt")
    assert said("Says the vote was rigged.") == [("Says the vote was rigged.", None)]  # nobody to name: kept whole


def test_the_speakers_own_belief_is_a_hedged_claim():
    found = extract_claims("Ms Okafor said the port was safe. She said she believed that two ships had sunk.")
    sunk = found[-1]
    assert (sunk.text, sunk.speaker, sunk.hedged) == ("Two ships had sunk.", "Ms Okafor", True)


def test_a_person_described_by_age_is_the_person_last_named():
    from workbench.core.extract.extractor import extract_claims
    body = ("Marco Silva joined the club in May. The 28-year-old was due to join a rival. "
            "Two clubs are monitoring the 28-year-old.")
    found = [c.text for c in extract_claims(body)]
    assert "Marco Silva was due to join a rival." in found
    assert "Two clubs are monitoring Marco Silva." in found


def test_his_her_and_an_aged_description_name_the_person_last_named():
    from workbench.core.extract.extractor import extract_claims
    body = ("Marco Silva joined the club in May. The 39-year-old former Porto defender thanked the fans. "
            "His contract runs until 2027.")
    found = [c.text for c in extract_claims(body)]
    assert "Marco Silva thanked the fans." in found
    assert "Marco Silva's contract runs until 2027." in found


def test_he_s_at_the_start_names_the_person_with_has_or_is():
    from workbench.core.extract.extractor import extract_claims
    found = [c.text for c in extract_claims("Danny Eckhart was arrested. He's been charged with theft. "
                                            "He's expected in court on Monday.")]
    assert "Danny Eckhart has been charged with theft." in found
    assert "Danny Eckhart is expected in court on Monday." in found


def test_a_denial_is_not_a_report_of_what_it_denies():
    """'X denied that Y' must never become the claim 'Y' said by X: X says the opposite."""
    claims = said("Ryan Giggs spoke on Tuesday. He denied that he was paid by the club. "
                  "The ministry denied reports that 40 soldiers had been killed.")
    texts = [text for text, _ in claims]
    assert "Ryan Giggs denied that he was paid by the club." in texts
    assert "The ministry denied reports that 40 soldiers had been killed." in texts
    assert not any(text.startswith(("He was paid", "Ryan Giggs was paid", "40 soldiers")) for text in texts)


def test_he_in_what_a_group_or_body_says_is_the_person_last_named():
    found = [(c.text, c.speaker) for c in extract_claims(
        "Danny Eckhart was arrested. Authorities say he took a patrol boat out. The police said he was not on duty.")]
    assert ("Danny Eckhart took a patrol boat out.", "Authorities") in found
    assert ("Danny Eckhart was not on duty.", "The police") in found


def test_a_surname_named_in_full_anywhere_before_is_the_person_for_he():
    found = [c.text for c in extract_claims(
        "Lawyers for the parents of Michael Brown announced a lawsuit. Brown was unarmed when he was shot by an "
        "officer. 27-year-old midfielder Tom Hale is enjoying a fine season.")]
    assert "Brown was shot by an officer." in found


def test_an_age_description_without_article_is_the_person_last_named():
    found = [c.text for c in extract_claims(
        "Cesc Fabregas flag adorns the bridge. Fabregas left Arsenal in 2011. 27-year-old midfielder is enjoying "
        "a fruitful first season at Stamford Bridge.")]
    assert "Fabregas is enjoying a fruitful first season at Stamford Bridge." in found


def test_a_subjectless_passive_line_takes_the_person_last_named():
    found = [c.text for c in extract_claims(
        "Lorraine Valentine, 42, has a rare condition. Was hospitalised for six days with burns. Was it worth it?")]
    assert "Lorraine Valentine was hospitalised for six days with burns." in found
    assert not any("Valentine was it" in t for t in found)


def test_a_first_name_in_ed_is_no_headline_verb():
    # "Alfred" looked like a past verb: the person last named was put before it ("Alfred Guy Vuozzo alfred Guy ...")
    found = [c.text for c in extract_claims("Alfred Guy Vuozzo, 46, shot dead Brent McGuigan on the farm.")]
    assert not any("alfred" in t for t in found), found


def test_a_name_in_ed_is_a_speaker_not_a_verb():
    assert said("Tom Reed said the dam held.") == [("The dam held.", "Tom Reed")]
    assert said("Alfred Smith said the dam held.") == [("The dam held.", "Alfred Smith")]


def test_a_speakers_age_and_origin_are_facts_of_their_own():
    found = [(c.text, c.speaker) for c in extract_claims("Rachel Sandridge, 29, from Maryland, says she was shocked.")]
    assert ("Rachel Sandridge is 29 years old.", None) in found
    assert ("Rachel Sandridge is from Maryland.", None) in found
    assert ("Rachel Sandridge was shocked.", "Rachel Sandridge, 29, from Maryland") in found


def test_felt_like_is_no_belief_frame():
    assert said("Wells said she felt like she wanted to leave the show.") == [
        ("Wells felt like she wanted to leave the show.", "Wells")]
