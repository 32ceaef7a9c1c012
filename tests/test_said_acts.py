"""What a sayer did against what it said: a person's act and what that person said would be, or a
sayer's own act and another's act it tells, are two facts; the act told by its doer is one."""

from workbench.core.match.compare import compare


def test_an_act_against_what_its_doer_said_would_be() -> None:
    c = compare("Health Minister Tomas Vlk quit on Tuesday.",
                "Health Minister Tomas Vlk said on Tuesday he would testify before the hospitals inquiry.")
    assert c.relation != "duplicate"
    assert any(r.startswith("an act against what its doer said") for r in c.reasons)
    c = compare("Central bank governor Ana Riis raised interest rates on Wednesday.",
                "Central bank governor Ana Riis said on Wednesday rates could stay high for longer.")
    assert c.relation != "duplicate"


def test_a_sayers_own_act_against_anothers() -> None:
    c = compare("Five unions said the employers had threatened their members with dismissal over the strike.",
                "Five unions said they had been willing to accept arbitration over the strike.")
    assert c.relation != "duplicate"
    assert any(r.startswith("a sayer's own act") for r in c.reasons)


def test_one_act_told_by_its_doer_is_one_fact() -> None:
    for a, b in (("Prime Minister Boris Johnson resigned on Thursday.",
                  "Prime Minister Boris Johnson announced his resignation on Thursday."),
                 ("Interior Minister Nancy Faeser resigned on Monday.", "Interior Minister Nancy Faeser said on Monday she had resigned."),
                 ("Twelve clubs said UEFA had threatened to ban them over the Super League.",
                  "Twelve clubs said they had been threatened with a ban by UEFA over the Super League.")):
        c = compare(a, b)
        assert not any(r.startswith(("an act against what", "a sayer's own act")) for r in c.reasons), (a, b)
        assert c.relation == "duplicate", (a, b)
    c = compare("The union said its members would not accept the pay offer.", "The union rejected the pay offer.")
    assert not any(r.startswith("an act against what") for r in c.reasons)  # a refusal is an act told
