"""One sayer saying what was so and, by another verb on other things, what will be done: two
statements; one statement told two ways stays one."""

from workbench.core.match.compare import compare


def test_what_was_against_what_will_be() -> None:
    c = compare("Chilean Foreign Minister Alberto van Klaveren said the pipeline violated a 1992 treaty with Bolivia.",
                "Chilean Foreign Minister Alberto van Klaveren said the pipeline dispute would be taken to the United Nations.")
    assert c.relation != "duplicate"
    assert any(r.startswith("one sayer, what was against what will be") for r in c.reasons)


def test_one_statement_told_two_ways() -> None:
    for a, b in (("The mayor said the stadium would reopen in June.", "The mayor said the stadium would be reopened in June."),
                 ("The minister said the strike would cost the economy $3 billion.",
                  "The minister said the strike could cost the economy $3 billion."),
                 ("Finance Minister Lars Berg said the bank breached no rules.",
                  "Finance Minister Lars Berg said the bank broke no rules.")):
        c = compare(a, b)
        assert not any(r.startswith("one sayer") for r in c.reasons), (a, b)
