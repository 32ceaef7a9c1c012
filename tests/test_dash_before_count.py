"""A hyphen typed for a dash before a number word opens another figure ("the three bank
workers-two women and a man-were killed"), while compound numbers and adjectives stay whole."""

from workbench.core.figures import quantities_of
from workbench.core.match.compare import compare_many


def read(text: str) -> list[tuple[str, float | None]]:
    return [(q.text, q.value) for q in quantities_of(text)]


def test_a_dash_typed_as_a_hyphen_opens_another_figure():
    assert read("The three bank workers-two women and a man-were killed.") == [
        ("three bank workers", 3.0), ("two women", 2.0)]


def test_compound_numbers_and_adjectives_stay_whole():
    assert read("twenty-two soldiers died") == [("twenty-two soldiers", 22.0)]
    assert read("Thirty-Five people were hurt") == [("Thirty-Five people", 35.0)]
    assert quantities_of("a three-term congressman")[0].unit is not None  # an adjective, no count


def test_the_same_deaths_told_with_a_dash_are_no_conflict():
    [c] = compare_many([("Two women and one man died at a branch of the Marfin bank.",
                         "The three bank workers-two women and a man-were killed.")], semantic=False)
    assert c.relation != "conflict"
