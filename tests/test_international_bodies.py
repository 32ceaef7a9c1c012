"""Two bodies of many states outside the UN are two doers, named by acronym or in full
(`doers._bodies`); a body and its full name stay one."""

from __future__ import annotations

from workbench.core.match.compare import compare


def test_two_lenders_are_two_doers():
    assert compare("The IMF approved a $300 million loan for Zambia",
                   "The World Bank approved a $300 million loan for Zambia").relation != "duplicate"
    assert compare("The WTO ruled against the tariffs on Monday",
                   "The AfDB ruled against the tariffs on Monday").relation != "duplicate"


def test_one_body_in_two_names_is_one_doer():
    assert compare("The IMF approved a $300 million loan for Zambia",
                   "The International Monetary Fund approved a $300 million loan for Zambia").relation == "duplicate"


def test_a_state_and_a_body_of_many_states_are_two_doers():
    assert compare("Germany suspended budget support to Chad",
                   "The World Bank suspended budget support to Chad").relation != "duplicate"


def test_a_body_told_by_words_of_its_long_name_is_one_doer():
    """"West African leaders" are ECOWAS told by words of its name ("West African bloc"); words
    its names do not hold ("Monetary Authority") name another body."""
    assert compare("ECOWAS imposed sanctions on Niger on Sunday",
                   "West African leaders imposed sanctions on Niger on Sunday").relation == "duplicate"
    assert compare("The IMF approved a $300 million loan for Zambia",
                   "The Monetary Authority approved a $300 million loan for Zambia").relation != "duplicate"
