"""Among several figures, a count that names nothing pairs with another by elimination only; two
such figures a hundred times apart are two counts, not two versions of one."""

from workbench.core.figures import pair_figures, quantities_of
from workbench.core.match.compare import compare_many


def test_an_unnamed_crowd_is_no_version_of_the_dead():
    check = pair_figures(quantities_of("At least three people, a man and two women, were killed."),
                         quantities_of("The two women and a man were killed during demonstrations by tens of thousands."))
    assert [(q.text, r.text) for q, r, _ok in check.pairs] == [("two women", "two women")]
    [c] = compare_many([("At least three people, a man and two women, were killed.",
                         "The two women and a man were killed during demonstrations by tens of thousands.")],
                       semantic=False)
    assert c.relation != "conflict"


def test_figures_a_few_times_apart_still_conflict():
    check = pair_figures(quantities_of("Police said 30 protesters were arrested and 2 officers hurt."),
                         quantities_of("Police said 2 officers were hurt and 90 were arrested."))
    assert any(not ok for _q, _r, ok in check.pairs)
