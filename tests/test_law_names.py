"""Islamic law is sharia and a criminal code the penal code; codes of two kinds are two laws
(helper dup139, sets 137-140)."""

from __future__ import annotations

from workbench.core.language.law_names import codes_apart
from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


def test_islamic_law_and_a_criminal_code_are_written_one_way() -> None:
    assert rewrite("The province enforces its Islamic criminal code.")[0] \
        == rewrite("The province enforces its sharia penal code.")[0]
    assert "sharia" not in rewrite("Islamic State fighters seized the town.")[0]


def test_one_code_told_in_other_words_is_one_fact() -> None:
    assert compare("Parliament amended the criminal code to raise penalties for fraud.",
                   "Lawmakers changed the penal code to raise the penalties for fraud.").relation == "duplicate"
    assert compare("Brunei introduced the first phase of its sharia penal code in 2014.",
                   "The sultanate began phasing in the Islamic criminal code five years earlier, in 2014.").relation \
        == "duplicate"


def test_two_kinds_of_code_are_two_laws() -> None:
    assert codes_apart("amended the criminal code", "amended the civil code") == "another code: penal / civil"
    assert codes_apart("amended the criminal code", "amended the penal code") is None
    assert compare("Parliament amended the criminal code to raise penalties for fraud.",
                   "Parliament amended the civil code to raise penalties for fraud.").relation != "duplicate"
    assert compare("The province began enforcing its sharia penal code in 2015.",
                   "The province began enforcing its new tax code in 2015.").relation != "duplicate"
