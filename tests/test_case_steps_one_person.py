"""Two steps of a legal case one person underwent are two facts, however the rest is worded; one
step told two ways is one."""

from workbench.core.match.compare import compare


def test_two_steps_of_one_case_are_two_facts() -> None:
    c = compare("Viktor Ilyin was arrested by border guards in March 2021.",
                "Viktor Ilyin was charged with smuggling weapons in March 2021.")
    assert c.relation != "duplicate"
    assert any(r.startswith("another act") for r in c.reasons)
    c = compare("Nadia Haddad was convicted of embezzlement in 2018.", "Nadia Haddad was fined for embezzlement in 2018.")
    assert c.relation != "duplicate"


def test_one_step_told_two_ways_stays_one() -> None:
    assert compare("Omar Sule was arrested by police at his home in Kano on Friday.",
                   "Police detained Omar Sule at his Kano home on Friday.").relation == "duplicate"
