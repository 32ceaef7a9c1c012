"""An age told in a relative clause after a name ("Mendes, who was 63, ...") is an age, as "Mendes,
63," is, so two ages of one person disagree (helper opp109, sets 109-112)."""

from workbench.core.figures.numbers import find_quantities
from workbench.core.match.compare import compare


def test_who_was_n_is_an_age():
    assert [q.unit for q in find_quantities("Carlos Mendes, who was 36, was found dead.")] == ["age"]
    assert [q.unit for q in find_quantities("The driver, who is 45, was arrested.")] == ["age"]
    assert [q.unit for q in find_quantities("Smith, who was 48 minutes late, left.")] == ["minutes"]


def test_two_ages_of_one_person_conflict():
    assert compare("Carlos Mendes, 63, was found dead in his apartment in Lisbon.",
                   "Carlos Mendes, who was 36, was found dead in his apartment in Lisbon.").relation == "conflict"
    assert compare("Carlos Mendes, 63, was found dead in his apartment in Lisbon.",
                   "Carlos Mendes, who was 63, was found dead in his Lisbon apartment.").relation == "duplicate"
