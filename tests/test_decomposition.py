"""Decomposition: relative clauses, appositions, participial phrases and coordinated predicates
become complete sentences with their subject restored; quotation marks and titles stay; a split
made by hand gives complete sentences too. Invented sentences of the shapes news uses."""

from __future__ import annotations

from extract_helpers import without_cores

from workbench.core.extract.extractor import extract_claims
from workbench.core.extract.manual_split import split_texts
from workbench.core.extract.split_rules import RULES


def texts(text: str) -> list[str]:
    return [c.text for c in without_cores(extract_claims(text)) if c.kind == "claim"]


def test_rules_are_an_ordered_list_of_named_functions():
    names = [r.__name__ for r in RULES]
    assert names[0] == "semicolon_list" and names[-3:] == ["coordination", "trailing_apposition", "restrictive_relative"]
    assert len(set(names)) == len(names) >= 9


def test_relative_clause_gives_two_complete_sentences():
    assert texts("Anna Berg, who ran the city museum for a decade, resigned on Monday at 63.") == [
        "Anna Berg resigned on Monday at 63.", "Anna Berg ran the city museum for a decade."]


def test_age_apposition_gives_an_age_claim_also_after_a_role():
    assert texts("Lindqvist, 47, was fined on Tuesday.") == [
        "Lindqvist is 47 years old.", "Lindqvist was fined on Tuesday."]
    assert texts("Bus driver Tom Ekberg, 58, was hurt in the crash.") == [
        "Tom Ekberg is a Bus driver.", "Tom Ekberg is 58 years old.", "Bus driver Tom Ekberg was hurt in the crash."]


def test_participial_appositions_and_openers():
    assert texts("The bakery, based in Leeds, employs 40 people.") == [
        "The bakery is based in Leeds.", "The bakery employs 40 people."]
    assert texts("The goalkeeper, bought from Lyon last year, saved two penalties.") == [
        "The goalkeeper was bought from Lyon last year.", "The goalkeeper saved two penalties."]
    assert texts("Having sold the farm, Nilsen moved to Oslo.") == ["Nilsen had sold the farm.", "Nilsen moved to Oslo."]
    assert texts("Fearing a landslide, villagers left their homes.") == [
        "Villagers feared a landslide.", "Villagers left their homes."]


def test_where_clause_after_a_place():
    assert texts("The rider was flown to hospital, where she died of her injuries.") == [
        "The rider was flown to hospital.", "She died of her injuries in hospital."]


def test_coordinated_predicates_share_the_subject():
    assert texts("Okafor scored twice and was named player of the match.") == [
        "Okafor scored twice.", "Okafor was named player of the match."]


def test_listed_passive_verbs_one_fact_each():
    assert texts("The suspects were arrested, charged and jailed for six years.") == [
        "The suspects were arrested.", "The suspects were charged.", "The suspects were jailed for six years."]


def test_trailing_apposition_and_quantified_relative():
    assert texts("The ferry sent a distress call to the Nordic Star, a tanker sailing under a Maltese flag.") == [
        "The ferry sent a distress call to the Nordic Star.", "The Nordic Star is a tanker sailing under a Maltese flag."]
    assert texts("Four climbers were hurt, two of whom were flown to hospital.") == [
        "Four climbers were hurt.", "Two of the four climbers were flown to hospital."]


def test_quotation_marks_and_titles_are_kept():
    assert texts('The novel "Cold Harbour" sold a million copies.') == ['The novel "Cold Harbour" sold a million copies.']
    assert texts('The minister called the plan "reckless" and demanded a vote.') == [
        'The minister called the plan "reckless".', "The minister demanded a vote."]
    # a quotation that is the whole claim loses its marks (the speaker says it)
    assert texts('"The bridge is safe," the engineer said.') == ["The bridge is safe."]


def test_hand_made_split_gives_complete_sentences():
    assert split_texts("large parts of the valley have flooded and ", "remain cut off from the capital") == (
        "Large parts of the valley have flooded.", "Large parts of the valley remain cut off from the capital.")
    assert split_texts("Officials said the dam broke on Monday", " and flooded three villages.") == (
        "Officials said the dam broke on Monday.", "The dam flooded three villages.")
    assert split_texts("The ferry was hit by a wave, which", " tore a hole in its hull.") == (
        "The ferry was hit by a wave.", "A wave tore a hole in its hull.")
    assert split_texts("The army took the town", ", but the rebels fled to the hills.") == (
        "The army took the town.", "The rebels fled to the hills.")


def test_display_quotes_are_never_doubled():
    from workbench.core.language.quotes import in_quotes

    assert in_quotes('"hundreds" of soldiers had been killed') == '‘"hundreds" of soldiers had been killed’'
    assert in_quotes("“The bridge is safe”") == "“The bridge is safe”"
    assert in_quotes("The bridge is safe") == "“The bridge is safe”"


def test_relative_clause_on_a_predicate_noun_tells_of_the_subject():
    assert texts("Ines Duarte is a retired judge who has lived in Porto since 1990.") == [
        "Ines Duarte is a retired judge.", "Ines Duarte has lived in Porto since 1990."]


def test_noun_lists_give_one_fact_per_item():
    assert texts("The storm hit Norway, Sweden and Finland on Monday.") == [
        "The storm hit Norway on Monday.", "The storm hit Sweden on Monday.", "The storm hit Finland on Monday."]
    assert texts("It was a long, cold and wet winter.") == ["It was a long, cold and wet winter."]


def test_ing_apposition_in_the_main_verbs_tense():
    assert texts("Ms Okafor, speaking at a summit in Accra, also called for lower tariffs.") == [
        "Ms Okafor was speaking at a summit in Accra.", "Ms Okafor also called for lower tariffs."]


def test_age_apposition_before_a_present_verb_in_s():
    assert texts("Mirela, 31, runs a bakery in Split.") == ["Mirela is 31 years old.", "Mirela runs a bakery in Split."]


def test_no_split_leaves_a_dangling_fragment():
    for claim in texts("Later, the frigate fired at and sank the smuggling boat."):
        assert not claim.endswith((" at.", " some.", " the.")), claim


def test_headline_style_line_with_a_present_verb_takes_the_last_person():
    assert texts("Maren Holt won the race on Sunday. Wants to defend the title next year.")[-1] == \
        "Maren Holt wants to defend the title next year."


def test_two_names_before_one_verb_give_one_fact_each():
    assert texts("Ana Silva and Marta Costa both scored twice, while Rui Lopes also struck.") == [
        "Ana Silva scored twice.", "Marta Costa scored twice.", "Rui Lopes also struck."]
    assert texts("Tom Berg and Lena Holm were arrested on Friday.") == [
        "Tom Berg was arrested on Friday.", "Lena Holm was arrested on Friday."]
    # what two do together, a couple with one family name
    for sentence in ("Benfica and Porto drew 2-2 on Sunday.", "Alanna and Stephen Berg lost their daughter.",
                     "Tom Berg and Lena Holm hold the record jointly.", "Tom Berg and Lena Holm met each other."):
        assert texts(sentence) == [sentence], sentence


def test_a_list_of_names_before_a_present_verb_gives_each_name_the_verb_in_the_singular():
    assert texts("Tom Berg and Lena Holm face fitness tests.") == [
        "Tom Berg faces fitness tests.", "Lena Holm faces fitness tests."]
    assert texts("Kevin de Bruyne and Andre Schurrle miss chances in the win.")[:2] == [
        "Kevin de Bruyne misses chances in the win.", "Andre Schurrle misses chances in the win."]
    assert texts("Ana Lee, Bo Park & Cy Dunn carry the torch.") == [
        "Ana Lee carries the torch.", "Bo Park carries the torch.", "Cy Dunn carries the torch."]
    assert texts("Ana Lee, Bo Park, Cy Dunn all sat in the front row.") == [
        "Ana Lee sat in the front row.", "Bo Park sat in the front row.", "Cy Dunn sat in the front row."]
    assert texts("But Tom Berg and Lena Holm both remain long-term absentees.") == [
        "Tom Berg remains long-term absentees.", "Lena Holm remains long-term absentees."]
    # no verb after the names, a list without 'and' or 'all', places rather than people's names
    for sentence in ("Ana Lee, Bo Park & Cy Dunn back in contention for the final.",
                     "Mayor Tom Berg and Danish leader Lena Holm will open the bridge in May.",
                     "Camden, New Jersey police arrested two men.", "Paris, Rome and Lisbon host the games."):
        assert not any(t.startswith(("Ana Lee back", "Mayor Tom Berg leaders", "Camden arrested", "Rome hosts"))
                       for t in texts(sentence)), \
            texts(sentence)


def test_a_discourse_marker_with_its_comma_does_not_hide_the_clause_from_the_rules():
    assert texts("Meanwhile, Lindqvist, 47, was fined on Tuesday.") == [
        "Lindqvist is 47 years old.", "Lindqvist was fined on Tuesday."]
    assert texts("However, Anna Berg, who ran the city museum for a decade, resigned on Monday.") == [
        "Anna Berg resigned on Monday.", "Anna Berg ran the city museum for a decade."]
    assert texts("However, the bakery, based in Leeds, employs 40 people.") == [
        "The bakery is based in Leeds.", "The bakery employs 40 people."]
    found = texts("Police said the first device, found by a cleaner after the call, was not dangerous.")
    assert "The first device was found by a cleaner after the call." in found, found


def test_a_name_with_its_town_and_region_between_commas_gives_the_place_and_the_rest_apart():
    found = texts("Mara Olsen of Bergen, Norway, wanted to sell the painting.")
    assert "Mara Olsen is from Bergen, Norway." in found and "Mara Olsen wanted to sell the painting." in found, found
    found = texts("Lake Vinter in Boulder, Colorado, is full of goldfish.")
    assert "Lake Vinter is in Boulder, Colorado." in found and "Lake Vinter is full of goldfish." in found, found
    # no verb phrase after the place: the rest is not split off
    sentence = "Mara Olsen of Bergen, Norway, and Tom Berg of Oslo, Norway."
    assert texts(sentence)[-1] == sentence and not any(t.startswith("Mara Olsen and") for t in texts(sentence))


def test_a_semicolon_list_after_an_inverted_head_gives_each_item_with_the_head():
    assert texts("Among the seized items were seven rifles; a grenade launcher along with rockets; "
                 "up to three outboard motors.") == [
        "Among the seized items were seven rifles.",
        "Among the seized items were a grenade launcher along with rockets.",
        "Among the seized items were up to three outboard motors."]


def test_an_adverb_before_the_second_verb_and_then_a_new_clause():
    found = texts("Authorities moved the device inside the branch and apparently scanned it -- and then it went off.")
    assert "Authorities apparently scanned it." in found and "Then it went off." in found, found


def test_a_restrictive_that_clause_about_the_noun_before_it_is_a_fact_of_its_own():
    assert texts("The frigate had acted against a pirate vessel that had threatened to attack it.") == [
        "The frigate had acted against a pirate vessel that had threatened to attack it.",
        "The pirate vessel had threatened to attack it."]
    # after "X of Y" (which of the two?) or in a cleft ("it is X that ...") the clause is left alone
    for sentence in ("Smoke rose from the fourth floor of the building that was burning.",
                     "Officials say it is the bank that was targeted by the bombers."):
        assert len(texts(sentence)) == 1, texts(sentence)
    # a 'that' complement is no relative clause
    for sentence in ("He denied the claim that he was paid by the club.", "Officials said that the plan failed badly."):
        assert not any(t.startswith("The claim") or t.startswith("Officials") and "plan" not in t
                       for t in texts(sentence)), texts(sentence)


def test_with_and_a_participle_clause_is_a_fact_in_the_tense_of_its_clause():
    assert texts("Attacks have increased this year, with armed men staging bold attacks on ships.") == [
        "Attacks have increased this year.", "Armed men are staging bold attacks on ships."]
    assert texts("The market fell sharply, with investors selling shares across Asia.") == [
        "The market fell sharply.", "Investors sold shares across Asia."]


def test_names_with_their_ages_anywhere_give_age_claims_and_one_fact_each():
    assert texts("Jacob Hill, 21, and Joe Tobin, 29, were locked in a cell.") == [
        "Jacob Hill is 21 years old.", "Jacob Hill was locked in a cell.", "Joe Tobin was locked in a cell.",
        "Joe Tobin is 29 years old."]


def test_two_verbs_sharing_an_object_or_an_auxiliary_give_a_fact_each():
    assert texts("Milat shot and paralysed Neville Knight in 1962.") == [
        "Milat shot Neville Knight in 1962.", "Milat paralysed Neville Knight in 1962."]
    assert texts("The suspect was arrested on Friday and charged with murder.") == [
        "The suspect was arrested on Friday.", "The suspect was charged with murder."]
    # with an object of its own the second verb is active
    assert texts("The man was arrested and admitted the theft.") == ["The man was arrested.", "The man admitted the theft."]


def test_the_verb_phrases_after_an_apposition_are_split_too():
    assert texts("Andrea Holm, 29, tracked the photo down, and filmed the reveal.") == [
        "Andrea Holm is 29 years old.", "Andrea Holm tracked the photo down.", "Andrea Holm filmed the reveal."]


def test_also_before_a_present_verb_is_a_verb_phrase_of_the_subject():
    assert texts("He is fond of buying fast cars and also owns a private jet.") == [
        "He is fond of buying fast cars.", "He also owns a private jet."]


def test_no_fact_from_a_relative_clause_before_the_main_verb_or_an_age_before_a_title():
    sentence = "They say the fire at the branch that has led to three deaths was started by protesters."
    assert not any(t.startswith("The branch") for t in texts(sentence)), texts(sentence)
    assert not any("years old" in t for t in texts("Police named 51-year-old Capt. Tom Reed as the officer."))


def test_second_predicate_after_an_age_apposition_keeps_the_name():
    # the age between commas is no subject, and 'became' is a verb
    found = texts("Andre Cole, 52, became the third killer put to death this year and was executed on Tuesday.")
    assert "Andre Cole was executed on Tuesday." in found
    assert not any(t.startswith(("Became", "52")) for t in found)


def test_two_noun_phrases_after_a_verb_or_preposition_give_a_claim_each():
    assert texts("Police seized guns and drugs.") == ["Police seized guns.", "Police seized drugs."]
    found = texts("Oyston could be handed a fine and an education course by the FA.")
    assert "Oyston could be handed a fine by the FA." in found
    assert "Oyston could be handed an education course by the FA." in found
    # one name, 'between', an apposition after the pair, a figure in an item: kept whole
    for whole in ("He visited Bosnia and Herzegovina last year.", "The crash was between a van and a lorry.",
                  "He shot dead Brent McGuigan and his son, Brendon.", "The US sent 300 advisors and a small force."):
        assert whole in texts(whole)


def test_second_passive_participle_with_a_sum_shares_the_auxiliary():
    assert "The mother has been fined £185." in texts("The mother has been sentenced to a community order and fined £185.")


def test_noun_list_after_a_past_participle():
    found = texts("Tebow has thrown 173 completions, 17 touchdowns and nine picks in 35 games.")
    assert "Tebow has thrown 17 touchdowns in 35 games." in found


def test_verb_phrase_after_a_semicolon_takes_the_subject_not_the_auxiliary():
    found = texts("Hawkins was shot nine times by police; later died.")
    assert "Hawkins later died." in found
    assert not any("was later died" in t for t in found)


def test_two_verbs_sharing_an_object_after_an_opening_phrase():
    found = texts("While celebrating, they smashed and broke the trophy.")
    assert "They smashed the trophy." in found and "They broke the trophy." in found


def test_headline_passive_gets_its_auxiliary():
    found = texts("Five men arrested by Australian police after a tip-off.")
    assert "Five men were arrested by Australian police after a tip-off." in found
    assert "Five men arrested." not in found
    assert texts("Striker Tom Smith fouled by a defender.")[-1] == "Striker Tom Smith was fouled by a defender."
    # active verbs with 'by' stay as they are
    assert "Shares rose by 5% on Monday." in texts("Shares rose by 5% on Monday.")
    assert "Police arrested five men by the river." in texts("Police arrested five men by the river.")


def test_an_adjective_after_but_shares_the_subject_and_copula():
    found = texts("The patient was shocked at the diagnosis but thankful it was discovered.")
    assert "The patient was thankful it was discovered." in found
    assert not any(t.startswith("Thankful") for t in found)


def test_two_verbs_around_one_object_give_a_claim_each():
    assert texts("Every night his mother bathes and bandages him.") == [
        "Every night his mother bathes him.", "Every night his mother bandages him."]
    assert texts("Milat shot and paralysed Neville Knight.") == [
        "Milat shot Neville Knight.", "Milat paralysed Neville Knight."]
    assert texts("Six men were arrested and charged with murder.") == [
        "Six men were arrested.", "Six men were charged with murder."]  # (the phrase is the second verb's)


def test_a_second_verb_phrase_shares_the_infinitive_or_progressive_head():
    assert texts("Ana Ruiz hopes to build on her display and take some big titles.") == [
        "Ana Ruiz hopes to build on her display.", "Ana Ruiz hopes to take some big titles."]
    assert texts("New parents are surviving on little sleep and providing round-the-clock care.") == [
        "New parents are surviving on little sleep.", "New parents are providing round-the-clock care."]
    assert texts("Mayweather is partial to fast cars and also owns a private jet.") == [
        "Mayweather is partial to fast cars.", "Mayweather also owns a private jet."]


def test_a_phrase_opened_by_as_is_no_subordinate_clause():
    assert texts("Jenny Wallenda walked the high wire as an adult and performed on horses as a child.") == [
        "Jenny Wallenda walked the high wire as an adult.", "Jenny Wallenda performed on horses as a child."]
    assert texts("He was hurt after youths broke a window and hurled stones at police.") == [
        "He was hurt after youths broke a window and hurled stones at police."]


def test_a_pair_of_plain_nouns_after_a_verb_the_lexicon_does_not_know():
    assert texts("Welbeck thanks fans and staff for the welcome.") == [
        "Welbeck thanks fans for the welcome.", "Welbeck thanks staff for the welcome."]


def test_lists_of_plain_noun_phrases_after_a_verb_give_a_claim_each():
    assert texts("Tipper Lewis has glowing skin, high energy levels and no doctor.") == [
        "Tipper Lewis has glowing skin.", "Tipper Lewis has high energy levels.", "Tipper Lewis has no doctor."]
    assert texts("Firms will have to reveal names, IP addresses and home addresses of 400 people.") == [
        "Firms will have to reveal names of 400 people.", "Firms will have to reveal IP addresses of 400 people.",
        "Firms will have to reveal home addresses of 400 people."]
    assert len(texts("Fans can enjoy life, train and reap rewards.")) == 1  # (verbs the lexicon does not know)


def test_a_line_up_without_a_verb_says_where_each_player_is():
    assert texts("Glen Johnson, Kolo Toure and Luke Garbutt at the back.") == [
        "Glen Johnson is at the back.", "Kolo Toure is at the back.", "Luke Garbutt is at the back."]


def test_a_list_of_verbs_keeps_every_verb_and_its_subject():
    assert texts("He ran, jumped and swam in the lake.") == ["He ran.", "He jumped.", "He swam in the lake."]
    assert texts("Many seals who are a few weeks old are shot, impaled and clubbed to death.") == [
        "Many seals are a few weeks old.", "Many seals are shot.", "Many seals are impaled.",
        "Many seals are clubbed to death."]
    assert texts("All dogs have to be spayed or neutered, microchipped and vaccinated before the flight.") == [
        "All dogs have to be spayed or neutered.", "All dogs have to be microchipped.",
        "All dogs have to be vaccinated before the flight."]


def test_an_age_and_a_role_between_commas_after_a_name():
    assert texts("Jenny Wallenda, 87, the matriarch of a circus family, died on Saturday.") == [
        "Jenny Wallenda is 87 years old.", "Jenny Wallenda is the matriarch of a circus family.",
        "Jenny Wallenda died on Saturday."]
    assert texts("Robert Bates, a 73-year-old reserve deputy, faces charges.") == [
        "Robert Bates is 73 years old.", "Robert Bates is a reserve deputy.", "Robert Bates faces charges."]


def test_a_plural_role_before_a_pair_of_names_stays_out_of_their_claims():
    assert texts("Designers Becky Cole and Ann Yorke showcased a swim line.") == [
        "Becky Cole is a designer.", "Ann Yorke is a designer.",
        "Becky Cole showcased a swim line.", "Ann Yorke showcased a swim line."]


def test_pairs_of_possessed_nouns_and_repeated_prepositions_give_a_claim_each():
    assert texts("Reporters caught up with the star and her trainer at the gym.") == [
        "Reporters caught up with the star at the gym.", "Reporters caught up with her trainer at the gym."]
    assert texts("Nik Wallenda has walked over the Grand Canyon and over Chicago.") == [
        "Nik Wallenda has walked over the Grand Canyon.", "Nik Wallenda has walked over Chicago."]
    assert len(texts("Second children put up with fewer new clothes and cuddly toys.")) == 1  # 'fewer' is shared
    assert len(texts("It is not known whether she was in London or in Paris.")) == 1


def test_a_possessed_noun_and_its_name_between_commas():
    assert texts("Pettingill's father, Trevor, was linked to the murders in 1988.") == [
        "Pettingill's father is Trevor.", "Pettingill's father was linked to the murders in 1988."]
    assert texts("Tom Kerr's spokesman, Ian Bell, said the deal was done.") == ["The deal was done."]


def test_a_list_after_an_infinitive_and_lists_holding_a_gerund_noun():
    assert texts("Candidates failed to check spelling, punctuation and grammar.") == [
        "Candidates failed to check spelling.", "Candidates failed to check punctuation.",
        "Candidates failed to check grammar."]
    assert len(texts("He enjoys running, jumping and swimming.")) == 1


def test_lists_that_must_stay_whole_or_share_their_words():
    # ECB+ 8_*: the 'of' phrase belongs to the last item; gerund phrases with a shared 'from ...'
    assert len(texts("They first hurled stones and bottles of water at the police.")) == 1
    assert not [t for t in texts("Prime Minister George Papandreou's insistence that the measures are vital failed "
                                 "to dissuade unions from paralysing public transport, grounding air traffic and "
                                 "preventing ferries from leaving docks.") if "traffic from leaving" in t]
    # 'the' is shared by the items; a passive auxiliary by a bare participle ('were spotted, chased')
    assert texts("Sunni forces make gains in the west, south and north of the country.") == [
        "Sunni forces make gains in the west of the country.", "Sunni forces make gains in the south of the country.",
        "Sunni forces make gains in the north of the country."]
    assert texts("The fascists were spotted, chased and sought refuge behind police lines.") == [
        "The fascists were spotted.", "The fascists were chased.", "The fascists sought refuge behind police lines."]


def test_pairs_that_are_no_pair_of_things():
    # ECB+: 'another' stands for a noun left out; the verb after 'to' is the pair's head; 'through' opens a phrase
    assert len(texts("Two buildings, one used by tax officials and another by regional authorities, caught fire.")) == 1
    assert texts("What is at stake is to keep social cohesion and social peace.") == [
        "What is at stake is to keep social cohesion and social peace."]
    assert "He urged firms to protect vessels travelling through Indian Ocean." in texts(
        "He urged firms to protect vessels travelling through the Arabian Sea and Indian Ocean.")
    assert len(texts("The need for increased security and potentially new means of co-operation was highlighted.")) == 1
