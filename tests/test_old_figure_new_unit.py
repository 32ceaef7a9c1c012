"""A change told new figure first ("moved to 1,700 kwacha from about 1,180", "to 27.5 percent from
26.25") reads the old figure in the new one's unit, as "from A to B kwacha" does."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def test_the_old_figure_takes_the_new_ones_unit() -> None:
    found = fig.quantities_of("The official exchange rate moved to 1,700 kwacha per U.S. dollar from about 1,180.")
    assert [q.unit for q in found] == ["kwacha", "kwacha"]
    assert [q.unit for q in fig.quantities_of("Inflation rose to 5 percent from 4 in May.")] == ["%", "%"]
    # a count after "from" keeps its own reading; a new sentence is no change
    assert [q.unit for q in fig.quantities_of("The fund grew to $5 billion from 3 investors.")] == ["USD", None]
    assert [q.unit for q in fig.quantities_of("Prices rose to $5. From 4 we bought.")] == ["USD", None]


def test_old_figures_compare() -> None:
    a = "The official exchange rate moved to 1,700 kwacha per U.S. dollar from about 1,180."
    b = "The kwacha now trades officially at K1,700 to the dollar, down from roughly K1,180."
    assert compare(a, b).relation == "duplicate"
    c = compare("The central bank raised its key rate to 27.5 percent from 26.25.",
                "The central bank raised its key rate to 27.5% from 25.5%.")
    assert c.relation != "duplicate"
