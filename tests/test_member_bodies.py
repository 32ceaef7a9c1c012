"""Membership of two bodies (left one, remains a member of another) is two facts; one body named in
full, in short or by its acronym is one."""

from workbench.core.match.compare import compare


def test_membership_of_two_bodies_is_two_facts() -> None:
    c = compare("Tavira left the Southern Islands Forum in July 2022, its government said.",
                "Tavira remains a member of the Southern Community, its government said.")
    assert c.relation != "duplicate"
    assert any(r.startswith("membership of another body") for r in c.reasons)
    c = compare("Russia was suspended from the UN Human Rights Council in April 2022.",
                "Russia remains a member of the UN Security Council.")
    assert c.relation != "duplicate"


def test_one_body_named_two_ways_is_one_body() -> None:
    for a, b in (("Kiribati quit the Pacific Islands Forum in July 2022.", "Kiribati withdrew from the Forum in July 2022."),
                 ("Burkina Faso left ECOWAS in January.",
                  "Burkina Faso quit the Economic Community of West African States in January.")):
        c = compare(a, b)
        assert not any(r.startswith("membership of another body") for r in c.reasons), (a, b)
        assert c.relation == "duplicate", (a, b)
