"""An economy that shrank is GDP contracted; a unit spun off is divested; "In May," opening a
sentence is a date (`verbs`, `synonyms`, `figures.dates`; helper dupb109)."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare, prepared


def test_economy_contracted() -> None:
    assert prepared("The economy contracted 3 percent.")[0].tokens == prepared("GDP shrank 3 percent.")[0].tokens
    assert compare("Japan's GDP contracted 2% in the first quarter.",
                   "The Japanese economy shrank by 2 percent in the first quarter.").relation == "duplicate"
    assert compare("Nigeria's economy shrank 1.8% in 2020.", "Nigeria's economy grew 1.8% in 2020.").relation != "duplicate"


def test_divest() -> None:
    assert compare("BP will sell off its stake in the refinery.", "BP will divest its stake in the refinery.").relation == "duplicate"
    assert compare("The bank will divest its insurance arm.",
                   "The bank decided to keep its insurance arm.").relation != "duplicate"


def test_may_opening_a_sentence() -> None:
    assert [d.text for d in fig.dates_of("In May, the group announced plans.")] == ["May"]
    assert [d.text for d in fig.dates_of("By May 3 it was over.")] == ["May 3"]
