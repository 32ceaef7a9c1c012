"""A government's, an administration's and a state company's initials (helper figs84)."""

from workbench.core.language.initials import write_initials


def test_a_government_and_a_company_gain_their_initials() -> None:
    assert "KRG" in write_initials("The Kurdistan Regional Government agreed to deliver its crude.").split()
    assert "NNPC" in write_initials("The Nigerian National Petroleum Corporation said theft had halved.").split()


def test_a_person_gains_no_initials() -> None:
    assert write_initials("Albert Ondo Ossa said he won.") == "Albert Ondo Ossa said he won."
