"""The core of a claim without its circumstance, and roles written before names, as claims of their
own. Invented sentences of the shapes news uses."""

from __future__ import annotations

import pytest

from workbench.core.extract.extractor import extract_claims
from workbench.core.extract.role_facts import role_pieces


def texts(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.kind == "claim"]


@pytest.mark.parametrize(("sentence", "core"), [
    # object, then a place
    ("The company unveiled its new battery at a trade fair in Lyon.", "The company unveiled its new battery."),
    # a passive verb stands alone before its agent or place
    ("A cyclist was struck by a delivery van in Leeds.", "A cyclist was struck."),
    # a time clause right after the verb
    ("The pound is falling after weeks of uncertainty.", "The pound is falling."),
    # a verb that needs its phrase keeps it; the cut comes at the next modifier
    ("Ana Costa filed for bankruptcy in March 2019.", "Ana Costa filed for bankruptcy."),
    # particles stay with their verb
    ("The mayor hit back at critics on the radio.", "The mayor hit back."),
    # adverbs inside the verb group
    ("The record has only been broken twice at the games.", "The record has only been broken twice."),
])
def test_core_comes_before_the_claim_with_its_circumstance(sentence, core):
    found = extract_claims(sentence)
    assert found[0].text == core and found[-1].text == sentence
    # the bare core only: no third row with the first circumstance
    assert len(found) == 2
    for shorter, longer in zip(found, found[1:], strict=False):
        assert shorter.start == longer.start and shorter.end < longer.end
        assert longer.text.startswith(shorter.text.rstrip("."))
    assert all(c.quote == sentence[c.start:c.end] for c in found)


@pytest.mark.parametrize("sentence", [
    "She lives in Porto.",                                      # the verb needs its place
    "Fans waited for hours.",                                   # too short to have a core
    "One of the victims died in hospital.",                     # the subject's own 'of'
    'He called the plan "a disaster for the town" on Monday.',  # quotation marks: the cut could fall inside
    "The club put up with the noise for years.",               # 'put up with' is one verb
    # under a negation or a denial the circumstance is part of what is denied
    "The singer denied being paid $300 for the interview.",
    "The council did not approve the budget at its March meeting.",
    "Police found no weapons in the car on Sunday.",
    # the object's state is what happened, not a circumstance
    "The storm left 1.3 million homes without power.",
    "The army placed the town under curfew.",
])
def test_no_core_where_the_cut_would_not_be_a_complete_fact(sentence):
    assert texts(sentence) == [sentence]


def test_core_keeps_the_speaker_and_the_exact_span():
    body = "Flood waters damaged two bridges near the dam on Sunday, officials said."
    found = extract_claims(body)
    assert [(c.text, c.speaker) for c in found] == [
        ("Flood waters damaged two bridges.", "officials"),
        ("Flood waters damaged two bridges near the dam on Sunday.", "officials")]
    assert all(body[c.start:c.end] == c.quote for c in found)


@pytest.mark.parametrize(("sentence", "role"), [
    ("Lyon striker Marc Dubois scored twice.", "Marc Dubois is a Lyon striker."),
    ("Federer said nine-time champion Nadal is the man to beat.", "Nadal is a nine-time champion."),
    ("World No 3 Ana Ruiz lost in the first round.", "Ana Ruiz is World No 3."),
    ("Parenting blogger Emily-Jane Hart wrote the guide.", "Emily-Jane Hart is a parenting blogger."),
    ("His former team-mate Paulo Reis was at the funeral.", "Paulo Reis is his former team-mate."),
    ("Brazilian-born Lia Santos opened the gallery.", "Lia Santos is Brazilian-born."),
])
def test_role_before_a_name_is_a_fact(sentence, role):
    assert role in texts(sentence)


@pytest.mark.parametrize("sentence", [
    "Professor Varoufakis blamed the banks.",       # a title, not a fact of its own
    "The striker, Marc Dubois, scored twice.",       # an apposition (its own rule)
    "Spokesman Lieutenant Colonel Ivo Pavic spoke.",  # the role goes on past 'spokesman'
    "The star scored on Friday.",                    # no name after the role
])
def test_no_role_fact_without_a_plain_role_and_name(sentence):
    assert not [t for t in texts(sentence) if " is a" in t and " is a" not in sentence]


def test_role_of_the_speaker_stays_in_the_speaker_column():
    found = extract_claims("Three houses burned down, fire brigade spokesman Jan Vos said.")
    assert [(c.text, c.speaker) for c in found] == [("Three houses burned down.", "fire brigade spokesman Jan Vos")]


def test_role_inside_reported_content_carries_the_speaker():
    found = extract_claims("Police said former minister Rui Lopes was arrested.")
    assert ("Rui Lopes is a former minister.", "Police") in [(c.text, c.speaker) for c in found]


@pytest.mark.parametrize(("sentence", "origin"), [
    ("Marta Silva from Braga, Portugal, filmed the rescue.", "Marta Silva is from Braga, Portugal."),
    ("Jon Hale, from Leeds, won the race.", "Jon Hale is from Leeds."),
    ("Ed Park of Austin, Texas, wrote to the council.", "Ed Park is from Austin, Texas."),
])
def test_where_a_person_comes_from_is_a_fact(sentence, origin):
    assert origin in texts(sentence)


def test_of_without_a_place_and_state_is_no_origin():
    assert not [t for t in texts("Governor of Texas Ann Lee spoke at the rally.") if "is from" in t]


@pytest.mark.parametrize(("sentence", "core"), [
    ("Farmers in the valley have to move their herds as the river keeps rising.",
     "Farmers in the valley have to move their herds."),
    ("The council approved the plan - but only after a long debate.", "The council approved the plan."),
])
def test_core_before_a_clause_or_a_dash(sentence, core):
    assert texts(sentence)[0] == core


@pytest.mark.parametrize("sentence", [
    "Prices are based on the old tariff in most towns.",   # 'based on': the participle needs its phrase
    "The vote came hours before the deadline passed.",     # 'hours before': the time belongs to the clause
])
def test_no_core_that_cuts_a_needed_phrase(sentence):
    assert texts(sentence)[0] not in ("Prices are based.", "The vote came hours.")


@pytest.mark.parametrize(("sentence", "core"), [
    ("The thieves took a laptop and a camera from the office.", "The thieves took a laptop."),
    ("The driver was arrested on Friday and charged with theft.", "The driver was arrested on Friday."),
])
def test_core_before_a_second_object_or_verb_phrase(sentence, core):
    assert core in texts(sentence)


@pytest.mark.parametrize(("sentence", "bad"), [
    ("The fire burned between Monday and Friday at the plant.", "The fire burned between Monday."),
    ("Officials believe four or five people were hurt.", "Officials believe four."),
    ("The candle flickered back and forth in the wind.", "The candle flickered back."),
    ("Nobody knows if he or she was at home.", "Nobody knows if he."),
])
def test_no_core_that_splits_a_pair(sentence, bad):
    assert bad not in texts(sentence)


def test_kinship_and_rival_roles():
    assert "Ann Bell is his granddaughter." in texts("His granddaughter Ann Bell found the photograph.")


@pytest.mark.parametrize(("sentence", "core"), [
    ("The army sent two battalions to guard the border.", "The army sent two battalions."),
    ("The club beat Leeds on Sunday to move top of the table.", "The club beat Leeds."),
])
def test_core_before_a_purpose_clause(sentence, core):
    assert core in texts(sentence)


@pytest.mark.parametrize(("sentence", "bad"), [
    ("Police warned drivers to avoid the bridge.", "Police warned drivers."),  # the object does the verb
    ("She is not afraid to speak out.", "She is not afraid."),                # the adjective takes 'to'
    ("He was the first player to score twice.", "He was the first player."),  # 'the first ... to'
    ("The bill was passed in response to protests.", "The bill was passed in response."),
])
def test_no_core_that_cuts_a_to_complement(sentence, bad):
    assert bad not in texts(sentence)


@pytest.mark.parametrize(("sentence", "core"), [
    # a role before the name is a claim of its own: the core names the person only
    ("Club captain Rui Lopes scored twice in the final.", "Rui Lopes scored twice."),
    # the age and origin after a name opening the sentence
    ("Ana Ruiz, 46, from Porto was rescued by fishermen.", "Ana Ruiz was rescued."),
    # a time phrase opening the sentence, with or without a comma
    ("In March the mayor opened a new bridge over the river.", "The mayor opened a new bridge."),
    ("For more than 40 years, the song has puzzled its listeners.", "The song has puzzled its listeners."),
])
def test_core_names_the_subject_without_its_role_age_or_opening_time(sentence, core):
    found = [c for c in extract_claims(sentence) if c.text == core]
    assert len(found) == 1
    parent = extract_claims(sentence)[found[0].derived_from]
    assert parent.derived_from is None and parent.text == sentence


def test_every_core_points_at_the_claim_it_was_derived_from():
    body = ("Flood waters damaged two bridges near the dam on Sunday, officials said. "
            "Lina Berg, who ran the museum, resigned on Monday at 63.")
    found = extract_claims(body)
    derived = [c for c in found if c.derived_from is not None]
    assert derived
    for c in derived:
        parent = found[c.derived_from]
        assert parent.derived_from is None and parent.start <= c.start and c.end <= parent.end
        assert parent.speaker == c.speaker


def test_an_age_written_before_a_name_is_a_claim_of_its_own():
    assert "Lucy Hill is six years old." in texts("Six-year-old Lucy Hill was completely unfazed by the crowd.")
    assert "Tom Berg is 45 years old." in texts("Police arrested 45-year-old Tom Berg on Monday.")


def test_at_least_opening_a_subject_is_no_time_phrase():
    found = texts("Police said at least three people, a man and two women, were killed in the attack.")
    assert not any(t.startswith("A man and two women") for t in found), found


@pytest.mark.parametrize("sentence", [
    "The suspicious device turned out to be harmless in the end.",
    "Officers closed a swath of the commercial strip, populated by gas stations and shops.",
])
def test_no_core_cut_inside_a_phrase_that_belongs_to_the_word_before(sentence):
    assert not any(t.endswith((" out.", " populated.")) for t in texts(sentence)), texts(sentence)


def test_a_core_before_a_restrictive_relative_clause_after_the_object():
    found = texts("The owner said the vessel was a Thai trawler that was being seized by pirates off Yemen.")
    assert "The vessel was a Thai trawler." in found and "The Thai trawler was being seized by pirates off Yemen." in found


def test_role_before_a_name_stops_at_an_infinitive_and_keeps_o_apostrophe_names():
    assert [p.text for p in role_pieces("Inter Milan want to sign Manchester City midfielder Yaya Toure.")] == [
        "Yaya Toure is a Manchester City midfielder."]
    assert [p.text for p in role_pieces("She wrote to abuse gay teacher Thomas O'Brien.")] == [
        "Thomas O'Brien is a gay teacher."]


def test_no_role_fact_for_a_capitalised_word_that_opens_a_noun_phrase():
    assert role_pieces("Mignolet posted them on his official Facebook account.") == []
    assert [p.text for p in role_pieces("Chelsea forward Tammy Abraham nets a double.")] == [
        "Tammy Abraham is a Chelsea forward."]


def test_origin_inside_a_role_apposition():
    texts = [c.text for c in extract_claims("Danny Eckhart, a reserve officer from St. Tammany Parish, was arrested.")]
    assert "Danny Eckhart is from St. Tammany Parish." in texts


def test_two_gerunds_sharing_an_object_give_a_claim_each_and_no_core_cut_between_them():
    texts = [c.text for c in extract_claims("Jeffrey Williams is accused of shooting and wounding the officers during a rally.")]
    assert "Jeffrey Williams is accused of shooting." not in texts
    assert "Jeffrey Williams is accused of shooting the officers." in texts
    assert "Jeffrey Williams is accused of wounding the officers during a rally." in texts


def test_age_of_a_name_with_an_inner_capital():
    texts = [c.text for c in extract_claims("Amanda Berry, 29, and Gina DeJesus, 25, described how they were held.")]
    assert "Gina DeJesus is 25 years old." in texts


def test_role_opening_with_a_participle_and_vague_roles():
    texts = [c.text for c in extract_claims("Ousted leader Abdu Rabu Mansour fled the capital.")]
    assert "Abdu Rabu Mansour is an ousted leader." in texts
    assert "Ousted leader Abdu Rabu Mansour fled the capital." in texts  # not 'Abdu Rabu Mansour ousted leader ...'
    assert role_pieces("He was clear of team-mate Nico Rosberg.") == []


def test_plural_role_before_a_pair_of_names_gives_a_fact_each():
    assert [p.text for p in role_pieces("Designers Becky Cole and Ann Yorke showed a swim line.")] == [
        "Becky Cole is a designer.", "Ann Yorke is a designer."]
    assert role_pieces("Designers showed a swim line.") == []


def test_age_inside_a_role_is_a_fact_of_its_own():
    assert [p.text for p in role_pieces("Police said 73-year-old reserve deputy Robert Bates fired.")] == [
        "Robert Bates is a reserve deputy.", "Robert Bates is 73 years old."]


def test_role_does_not_reach_back_over_a_time_phrase_or_a_conjunction():
    assert [p.text for p in role_pieces("In March Atlanta-based preacher Creflo Dollar launched an appeal.")] == [
        "Creflo Dollar is an Atlanta-based preacher."]
    assert [p.text for p in role_pieces("But chief executive Ivan Gazidis is not happy.")] == [
        "Ivan Gazidis is a chief executive."]


def test_a_person_described_by_age_and_named_by_coreference_gets_the_age_and_role_facts():
    body = ("Gary Locke will be confirmed as Kilmarnock boss on Friday. "
            "The 39-year-old former Killie defender has paid tribute to his players.")
    found = extract_claims(body)
    facts = {c.text: c for c in found}
    assert "Gary Locke is 39 years old." in facts and "Gary Locke is a former Killie defender." in facts
    assert facts["Gary Locke is 39 years old."].quote == "The 39-year-old former Killie defender"
    assert all(body[c.start:c.end] == c.quote for c in found)
    assert all(c.derived_from is None or found[c.derived_from].derived_from is None for c in found)
    assert [c.text for c in found if c.derived_from is not None] == ["Gary Locke will be confirmed."]


def test_a_role_description_opening_the_next_sentence_says_what_the_named_person_is():
    found = [c.text for c in extract_claims(
        "Aaron Finch had surgery on his hamstring. The Australian opener is set to be out for three months.")]
    assert "Aaron Finch is an Australian opener." in found
    found = [c.text for c in extract_claims(
        "Aaron Finch had surgery. Doctors said Steve Smith was fine. The Australian opener is set to be out.")]
    assert not [t for t in found if " is an Australian opener" in t]  # (two people named, neither right before)
    found = [c.text for c in extract_claims("Gary Locke was confirmed. The club went unbeaten in six games.")]
    assert not [t for t in found if " is a club" in t]  # a group, not the person


def test_the_bare_statement_drops_a_role_before_a_name_inside_the_sentence_too():
    found = [c.text for c in extract_claims("Federer feels that nine-time champion Nadal is still the man to beat.")]
    assert "Nadal is a nine-time champion." in found
    assert "Federer feels that Nadal is still the man to beat." in found


def test_a_nationality_before_a_name_is_a_fact():
    assert [p.text for p in role_pieces("Australian Josh Kerr fell into the reef.")] == ["Josh Kerr is an Australian."]
    assert role_pieces("She told the Australian Women's Weekly magazine.") == []
    assert [p.text for p in role_pieces("Chairman Steve Parish posted a picture.")] == []


def test_an_age_before_a_title_is_a_fact_the_title_is_not():
    assert [p.text for p in role_pieces("They announced the death of 51-year-old Senior Trooper William Hakim.")] == [
        "William Hakim is 51 years old."]


def test_a_pair_split_out_of_a_claim_keeps_the_core_of_the_whole():
    found = [c.text for c in extract_claims("Hooded youths hurled petrol bombs at stores and businesses in the capital.")]
    assert found == ["Hooded youths hurled petrol bombs.", "Hooded youths hurled petrol bombs at stores in the capital.",
                     "Hooded youths hurled petrol bombs at businesses in the capital."]


def test_a_role_after_an_article_stays_in_the_bare_statement():
    found = [c.text for c in extract_claims(
        "As the Greek prime minister George Papandreou looked out, protesters marched past the parliament building.")]
    assert not [t for t in found if "the George Papandreou" in t]
