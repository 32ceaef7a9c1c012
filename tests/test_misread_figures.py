"""A figure read two ways - its digits swapped or a power of ten apart - disagrees even under an
open hedge (`figures.misread`, helper conf8): "at least 12" / "21" is no toll that rose."""

import pytest

from workbench.core import figures as fig
from workbench.core.figures.misread import misread
from workbench.core.match.compare import compare


def test_misread() -> None:
    assert misread(12, 21) and misread(4000, 40000) and misread(7.4, 4.7)
    assert not misread(12, 12) and not misread(20, 125) and not misread(100, 101)


@pytest.mark.parametrize(("a", "b"), [
    ("At least 12 people were killed when troops opened fire on marchers in Kaduna, witnesses said",
     "Troops opened fire on marchers in Kaduna on Saturday, killing 21 people, according to a rights group"),
    ("The flood in the Rharb valley has displaced more than 4,000 families, the interior ministry said",
     "Some 40,000 families have been displaced by flooding in the Rharb valley, according to the Interior Ministry"),
    ("At least 18 miners died when the shaft flooded in Potosí, the ministry said",
     "The flooding of the Potosí mine shaft killed 81 miners, according to the mining ministry"),
])
def test_a_misread_figure_is_a_conflict(a: str, b: str) -> None:
    assert compare(a, b).relation == "conflict"


def test_a_toll_that_rises_still_agrees() -> None:
    q, r = fig.quantities_of("at least 20 people were killed")[0], fig.quantities_of("125 people were killed")[0]
    assert fig.compatible(q, r)


def test_a_misread_share_on_one_day_is_a_conflict_from_a_lower_floor() -> None:
    assert compare("Unemployment among young people reached 31 percent in 2023",
                   "Youth unemployment stood at 13% in 2023, the labour ministry said").relation == "conflict"
