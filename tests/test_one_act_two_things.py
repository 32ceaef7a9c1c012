"""One doer's one act on two things is two facts; one thing told in other words stays one."""

from workbench.core.match.compare import compare


def test_one_act_on_two_things() -> None:
    c = compare("Mexico's government condemned the new steel tariffs announced by Washington.",
                "Mexico's government condemned the migrant detention policy announced by Washington.")
    assert c.relation != "duplicate"
    assert any(r.startswith("one act on two things") for r in c.reasons)


def test_one_thing_in_other_words() -> None:
    for a, b in (("Mexico's government condemned the mass deportations announced by Washington.",
                  "Mexico's government condemned the mass expulsions announced by Washington."),
                 ("Mexico's government condemned the new steel tariffs announced by Washington.",
                  "Mexico's government condemned the steel tariffs announced by Washington."),
                 # why, not what: the runs follow a preposition, not the verb
                 ("The broadcaster's director general resigned over shoddy journalism on Saturday.",
                  "The broadcaster's director general resigned amid a current affairs scandal on Saturday.")):
        c = compare(a, b)
        assert not any(r.startswith("one act on two things") for r in c.reasons), (a, b)
