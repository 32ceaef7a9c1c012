"""A penalty read with what it is for: two offences are two provisions, one offence in other
words stays one (`match/penalty_offences`)."""

from workbench.core.match.compare import compare


def _apart(c) -> bool:
    return any(r.startswith("two offences") for r in c.reasons)


def test_one_penalty_for_two_offences() -> None:
    for a, b in (("Blasphemy is punishable by death under Pakistan's penal code.",
                  "Apostasy is punishable by death under Pakistan's penal code."),
                 ("Under Aceh's bylaw, gambling is punishable by 12 lashes of the cane.",
                  "Under Aceh's bylaw, adultery is punishable by 12 lashes of the cane."),
                 ("Saudi Arabia imposed the death penalty for drug smuggling in 2019.",
                  "Saudi Arabia imposed the death penalty for treason in 2019.")):
        c = compare(a, b)
        assert c.relation != "duplicate" and _apart(c), (a, b, c.reasons)


def test_two_penalties_for_two_offences() -> None:
    c = compare("Iran introduced flogging for drinking alcohol on Sunday.",
                "Iran introduced hanging for drug trafficking on Sunday.")
    assert c.relation != "duplicate" and _apart(c)


def test_one_offence_in_other_words() -> None:
    for a, b in (("Iran introduced flogging for drinking alcohol on Sunday.",
                  "Iran introduced flogging as the penalty for drinking alcohol on Sunday."),
                 ("Adultery is punishable by stoning under the new code in Aceh.",
                  "Under the new code in Aceh, adultery is punishable by stoning to death."),
                 ("Iran introduced amputation for theft on Sunday.",
                  "Iran introduced amputation as the punishment for stealing on Sunday."),
                 ("Theft is punishable by amputation of the right hand in Aceh.",
                  "In Aceh, those who steal can have their right hand cut off.")):
        assert not _apart(compare(a, b)), (a, b)


def test_what_the_offence_is() -> None:
    from workbench.core.match.penalty_offences import offence_of

    assert offence_of("Under Aceh's bylaw, gambling is punishable by 12 lashes of the cane.") == {"gambl"}
    assert offence_of("Officials said theft can be punished with amputation.") == {"theft"}
    assert offence_of("He was sent to prison for 10 years on Monday.") is None  # a length, no offence
    assert offence_of("Parliament raised prison terms for arson in forests.") == {"arson", "forest"}
