"""Two people of one family opening the same words are two facts; one person with a title or a
middle name is one."""

from workbench.core.match.compare import compare


def test_two_given_names_of_one_family_are_two_people() -> None:
    c = compare("Sanjay Mehra was sentenced to life in prison for the bombing.",
                "Rohit Mehra was sentenced to life in prison for the bombing.")
    assert c.relation != "duplicate"
    assert any(r.startswith("another person of one family") for r in c.reasons)
    c = compare("Maria Santos was acquitted of fraud by the appeals court.",
                "Lucia Santos was acquitted of fraud by the appeals court.")
    assert c.relation != "duplicate"


def test_one_person_named_two_ways_stays_one() -> None:
    assert compare("Ahmed Karimi was released on bail on Tuesday.",
                   "Mr Karimi was released on bail on Tuesday.").relation == "duplicate"
    assert compare("Carlos Mendes was extradited to Portugal on Monday.",
                   "Carlos Alberto Mendes was extradited to Portugal on Monday.").relation == "duplicate"


def test_a_kind_or_an_acronym_before_a_name_is_no_given_name() -> None:
    assert compare("Frigate Sumitra was escorting a group of five merchant vessels.",
                   "INS Sumitra was escorting a group of five merchant vessels.").relation == "duplicate"
