"""Counts of one thing told under other nouns (`figures.counted.counted_alike`, helper pairsdup3):
plain "people" counts any kind of people, a layoff's jobs are its workers, two nouns of one kind
count one thing; a changed figure between such counts is a conflict, not "two counts". Two roles
("aid workers" / "civilians") and two kinds ("cases" / "deaths") stay two counts."""

from workbench.core.figures import pair_figures, quantities_of
from workbench.core.match.compare import compare


def _relation(a: str, b: str) -> str:
    return compare(a, b).relation  # the lexical path (no cosine)


def test_one_thing_counted_under_two_nouns_pairs() -> None:
    for a, b in [("The company laid off 300 workers", "The firm cut 450 jobs"),
                 ("Police arrested 50 protesters", "Police arrested 80 people"),
                 ("Rebels kidnapped 30 students", "Rebels abducted 45 pupils"),
                 ("Gunmen seized 40 passengers", "Gunmen seized 65 travellers")]:
        check = pair_figures(quantities_of(a), quantities_of(b))
        assert check.conflicts and not check.unpaired_a and not check.unpaired_b, (a, b)


def test_a_changed_figure_of_one_thing_is_a_conflict() -> None:
    assert _relation("The carmaker will cut 2,000 jobs at its plant in Ohio",
                     "The carmaker will lay off 3,500 employees at its Ohio plant") == "conflict"
    assert _relation("Police arrested 50 protesters in the capital", "Police arrested 80 people in the capital") == "conflict"
    assert _relation("The ferry sank with 200 passengers on board", "The ferry sank with 300 people on board") == "conflict"
    assert _relation("Rebels kidnapped 30 students from a school in Zamfara",
                     "Rebels abducted 45 pupils from a school in Zamfara") == "conflict"


def test_two_roles_or_two_kinds_stay_two_counts() -> None:
    assert _relation("The strike killed 12 aid workers in Gaza", "The strike killed 20 civilians in Gaza") == "related"
    assert _relation("The quake left 2,000 people homeless", "The quake left 3,000 families homeless") == "related"
    assert _relation("The government hired 5,000 teachers", "The government hired 7,500 nurses") == "related"
    assert not pair_figures(quantities_of("420 suspected cholera cases were recorded on 3 March."),
                            quantities_of("420 cholera deaths were recorded on 3 March.")).pairs
    assert not pair_figures(quantities_of("300 residents gathered"), quantities_of("450 protesters gathered")).pairs
