"""A bloc of states and the UN saying one thing are two voices; a UN agency told as the UN is one."""

from workbench.core.match.compare import compare


def test_a_bloc_and_the_un_are_two_sayers() -> None:
    c = compare("The European Union called for an independent inquiry into the shootings in Tarvo.",
                "The UN human rights chief called for an independent inquiry into the shootings in Tarvo.")
    assert c.relation != "duplicate"
    assert any(r.startswith("another sayer") for r in c.reasons)
    c = compare("The African Union called for an immediate truce in Mekele Ridge.",
                "The UN secretary-general called for an immediate truce in Mekele Ridge.")
    assert c.relation != "duplicate"


def test_a_un_agency_told_as_the_un_is_one_sayer() -> None:
    c = compare("The UN refugee agency said 12,000 people had crossed into Tarvo in a week.",
                "UNHCR said 12,000 people had crossed into Tarvo in a week.")
    assert not any(r.startswith("another sayer") for r in c.reasons)
    assert c.relation == "duplicate"
