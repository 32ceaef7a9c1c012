"""An age in apposition to a role noun ("the opposition leader, 64,") is an age, paired with a
"46-year-old" (`figures.numbers`, `language.people.PERSON_NOUNS`; helper conf8)."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def test_an_age_after_a_role_noun() -> None:
    assert [q.unit for q in fig.quantities_of("The president, 78, was sworn in for a fourth term")] == ["age"]
    assert [q.unit for q in fig.quantities_of("The army said the soldiers, 12, were killed")] == [None]


def test_two_ages_of_one_person_clash() -> None:
    assert compare("The opposition leader, 64, was detained at his home in Bamako overnight",
                   "Police detained 46-year-old opposition leader at his Bamako home overnight, his party said"
                   ).relation == "conflict"
    assert compare("The president, 78, was sworn in for a fourth term",
                   "The 78-year-old president was sworn in for a fourth term").relation == "duplicate"
