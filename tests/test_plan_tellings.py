"""A plan told two ways ("Plans call for the fence to cover ..." / "The fence is planned to cover
...") is one statement; a plan against the act done ("has covered") is two facts
(`language.plans`, `match.planned_done`; helper dup135)."""

from workbench.core.match import knowledge
from workbench.core.match.compare import compare


def test_plans_call_for_is_planned_to() -> None:
    said = knowledge.rewritten("Plans call for the fence to cover 186 km of the border.")[0]
    assert said.startswith("The fence is planned to cover")
    said = knowledge.rewritten("The original plans called for 5,000 troops to stay until June.")[0]
    assert "5,000 soldiers were planned to stay" in said  # (troops: the noun table)
    assert "planned" not in knowledge.rewritten("The UN called for the border to reopen.")[0]
    c = compare("The government's plan calls for the bridge to carry 40,000 vehicles a day.",
                "The bridge is planned to carry 40,000 vehicles a day under the government's plan.")
    assert c.relation == "duplicate"


def test_a_plan_against_the_act_done_is_two_facts() -> None:
    for a, b in (("The fence is planned to cover 186 km of the border.", "The fence has covered 186 km of the border so far."),
                 ("Plans call for the plant to produce 500 megawatts.", "The plant produced 500 megawatts last year."),
                 ("The state of emergency is planned to last 90 days.", "The state of emergency lasted 90 days.")):
        c = compare(a, b)
        assert c.relation != "duplicate", (a, b)
        assert any(r.startswith("planned / done") for r in c.reasons), (a, b)


def test_two_plans_and_a_plan_with_a_future_stay_one() -> None:
    for a, b in (("The fence is planned to cover about 186 kilometres of the 418-kilometre border.",
                  "Plans call for the fence to cover roughly 186 km of the 418 km frontier, officials said."),
                 ("The new airport is planned to handle 20 million passengers a year.",
                  "The new airport will handle 20 million passengers a year.")):
        c = compare(a, b)
        assert not any(r.startswith("planned / done") for r in c.reasons), (a, b)
        assert c.relation == "duplicate", (a, b)
