"""Backing a decision and criticising it are opposite stances on one thing (helper conf129, sets 129-132)."""

from workbench.core.match.compare import compare
from workbench.core.match.opposites import opposites_of


def test_backed_and_criticised_conflict():
    assert compare("The mayor criticised the council's plan to close the library.",
                   "The mayor backed the council's plan to close the library.").relation == "conflict"
    assert compare("The senator criticized the governor's decision to raise fuel taxes.",
                   "The senator supported the governor's decision to raise fuel taxes.").relation == "conflict"
    assert {"back", "support"} <= opposites_of("criticiz")


def test_backed_and_supported_agree():
    assert compare("The mayor backed the council's plan to close the library.",
                   "The mayor supported the council's plan to close the library.").relation == "duplicate"
