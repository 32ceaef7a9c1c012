"""People held or moved told in other words (`language.acts_retold`; helper dup145b): confined to
his home is house arrest, released from it is released, a passive "were moved off" a place is
evacuated from it, a count of suspects held is a count of people; and a statement's medium aside
("said in a video sent to the BBC that") is "said that" (`language.told_alike`)."""

from workbench.core.match import knowledge
from workbench.core.match.compare import compare


def test_confined_to_home_is_house_arrest() -> None:
    c = compare("The opposition leader said she had been placed under house arrest on Monday.",
                "The opposition leader said in a statement that she was confined to her home on Monday.")
    assert c.relation == "duplicate"
    assert "placed him under house arrest" in knowledge.rewritten("Police confined him to his home.")[0]
    # an illness or a curfew keeps people at home: no arrest
    assert "arrest" not in knowledge.rewritten("She was confined to her home with the flu.")[0]
    assert "arrest" not in knowledge.rewritten("Residents were confined to their homes under a curfew.")[0]


def test_released_from_house_arrest_is_released() -> None:
    c = compare("The opposition leader was placed under house arrest on Monday.",
                "The opposition leader was released from house arrest on Monday.")
    assert c.relation == "conflict"


def test_moved_off_a_place_is_evacuated() -> None:
    c = compare("In 2014 the people of Nukufetau were moved off their atoll by the navy.",
                "The navy evacuated the residents of Nukufetau Atoll in 2014.")
    assert c.relation == "duplicate"
    assert "evacuate from their atoll" in knowledge.rewritten("The islanders were moved off their atoll.")[0]
    # a storm that moved off the coast evacuated nothing
    assert "evacuate" not in knowledge.rewritten("The storm moved off the coast on Sunday.")[0]


def test_suspects_held_are_people() -> None:
    c = compare("Police arrested between 8 and 10 suspects after the raid, the prosecutor said.",
                "The prosecutor said 8 to 10 people had been detained after the raid.")
    assert c.relation == "duplicate"
    assert "8 and 10 people" in knowledge.rewritten("Police arrested between 8 and 10 suspects after the raid.")[0]
    # suspects killed stay suspects
    assert "12 suspects" in knowledge.rewritten("The prosecutor said 12 suspects were killed in the raid.")[0]


def test_a_statements_medium_is_no_part_of_it() -> None:
    assert knowledge.rewritten("He said in an interview with Reuters that the deal was dead.")[0].startswith(
        "He said that")
    # a place or a day after the medium stays
    assert "in Lyon" in knowledge.rewritten("The mayor said in a speech in Lyon that the line would open.")[0]
    assert "on Monday" in knowledge.rewritten("He said in a statement on Monday that he would resign.")[0]
    # a plain "in a statement" stays (the other claim may tell it elsewhere)
    assert "in a statement" in knowledge.rewritten("The ministry said in a statement that five were killed.")[0]
