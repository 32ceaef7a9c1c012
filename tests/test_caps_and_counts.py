"""A cap against a count (sets 121-124 read, `capacities`): what a rule, deal or scheme lets at most
("allows up to 3,000 a year", "a cap of 1,200") and how many one round selected, accepted or
recruited are two facts; two caps told two ways stay one. Hard negatives first."""

from workbench.core.match.compare import compare_many


def _relations(pairs: list[tuple[str, str]]) -> list[str]:
    return [c.relation for c in compare_many(pairs, semantic=False)]


def test_two_caps_stay_one() -> None:
    assert _relations([
        ("The lottery allows up to 55,000 migrants a year to receive green cards.",
         "The lottery allows as many as 55,000 migrants a year to receive green cards."),
        ("Police said 2,000 migrants were selected for the new work permits.",
         "Police said 2,000 migrants were chosen for the new work permits."),
    ]) == ["duplicate"] * 2


def test_cap_against_count_selected() -> None:
    rel = _relations([
        ("The new visa scheme allows up to 3,000 Filipino nurses a year to work in Japan.",
         "The first round of the visa scheme selected 3,000 Filipino nurses to work in Japan, officials said."),
        ("The resettlement deal permits up to 500 refugees a year to move to Canada.",
         "Canada accepted 500 refugees under the resettlement deal last year."),
        ("The programme has a cap of 1,200 seasonal workers a year.",
         "The programme recruited 1,200 seasonal workers this season, the ministry said."),
    ])
    assert "duplicate" not in rel


def test_a_count_let_is_no_cap() -> None:
    # "allowed 300 civilians to leave" lets a count, bounded by nothing: no cap against "300 were evacuated"
    found = compare_many([("The army allowed 300 civilians to leave the city.",
                           "300 civilians were evacuated from the city.")], semantic=False)[0]
    assert not any("a capacity" in r for r in found.reasons)
