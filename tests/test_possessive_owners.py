"""One act on two owners' things (a possessive names another owner) is two facts; one owner told
by its kind, by a country's other name or by an acronym is one."""

from workbench.core.match.compare import compare


def test_two_owners_named_by_a_possessive_are_two_facts() -> None:
    c = compare("Norvik's deposits above 50,000 were frozen under the rescue plan.",
                "Bank of Aldera's deposits above 50,000 were frozen under the rescue plan.")
    assert c.relation != "duplicate"
    assert any(r.startswith("another owner") for r in c.reasons)
    c = compare("Ford's factories in Michigan were shut by the strike.",
                "General Motors' factories in Michigan were shut by the strike.")
    assert c.relation != "duplicate"


def test_one_owner_told_two_ways_is_one_fact() -> None:
    for a, b in (("The company's shares fell 24% on Wednesday.", "Credit Suisse's shares fell 24% on Wednesday."),
                 ("Britain's economy shrank 0.3% in the third quarter.", "The UK's economy shrank 0.3% in the third quarter."),
                 ("The ECB's deposit rate was raised to 4% on Thursday.",
                  "The European Central Bank's deposit rate was raised to 4% on Thursday.")):
        c = compare(a, b)
        assert not any(r.startswith("another owner") for r in c.reasons), (a, b)
        assert c.relation == "duplicate", (a, b)
