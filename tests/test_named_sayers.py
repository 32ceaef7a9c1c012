"""Two named people saying one thing are two statements; one person named two ways, or a sayer
left out, is one."""

from workbench.core.match.compare import compare
from workbench.core.match.named_sayers import sayer_group, sayer_person


def test_sayer_read_as_a_titled_person() -> None:
    assert sayer_person("Interior Minister Arturo Reyes said the curfew would be lifted.") is not None
    assert sayer_person("The curfew would be lifted, opposition leader Tomas Varga said.") is not None
    assert sayer_person("The curfew would be lifted, the Vatican said.") is None
    assert sayer_person("Amnesty International said the curfew would be lifted.") is None  # no title
    assert sayer_person("Jon Boe testified that the curfew would be lifted.") is not None  # a witness
    assert sayer_group("Prosecutors said the curfew would be lifted.") is not None


def test_two_titled_people_saying_one_thing_are_two_facts() -> None:
    c = compare("Interior Minister Arturo Reyes said the curfew would be lifted on Friday.",
                "Defence Minister Paola Ortiz said the curfew would be lifted on Friday.")
    assert c.relation != "duplicate"
    assert any(r.startswith("another sayer") for r in c.reasons)
    c = compare("The curfew would be lifted on Friday, opposition leader Tomas Varga said.",
                "The curfew would be lifted on Friday, Mayor Ilona Kertesz said.")
    assert c.relation != "duplicate"


def test_a_witness_and_a_group_are_two_sayers() -> None:
    c = compare("Prosecutors said the businessman paid the hitmen to kill the reporter.",
                "Jon Boe testified that the businessman paid the hitmen to kill the reporter.")
    assert c.relation != "duplicate"


def test_one_sayer_named_two_ways_or_left_out_stays_one() -> None:
    c = compare("Prime Minister Marek Novak said the coalition deal would be signed next week.",
                "Novak said the coalition deal would be signed next week.")
    assert c.relation == "duplicate"
    c = compare("Lebanon's energy minister Walid Fayad said the power plant would restart in June.",
                "Lebanon's energy minister said the power plant would restart in June.")
    assert c.relation == "duplicate"
    c = compare("Health minister Ama Owusu said the outbreak was under control.",
                "Health minister Ama Owusu told reporters the outbreak was under control.")
    assert c.relation == "duplicate"
