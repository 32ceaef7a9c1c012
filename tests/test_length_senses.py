"""One length measuring two things (how long a thing is / how far something moved / how far from a
place) is two facts; one sense told two ways is one."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare
from workbench.core.match.measure_senses import sense


def _senses(text: str) -> list[str | None]:
    return [sense(q, text) for q in fig.quantities_of(text)]


def test_senses_read() -> None:
    assert _senses("The tunnel was about 2 kilometres long.") == ["length"]
    assert _senses("Troops advanced about 3 kilometres from the river.") == ["moved"]
    assert _senses("The quake struck at a depth of 10 km.") == ["depth"]
    assert _senses("The town lies 12 miles north of the dam.") == ["apart"]
    assert _senses("The front stretched 12 miles wide.") == ["width"]
    assert _senses("A 300-metre crack opened.") == [None]


def test_two_senses_are_two_facts() -> None:
    c = compare("Rescuers said the tunnel was about 2 kilometres long.",
                "Rescuers said the trapped miners were about 2 kilometres from the tunnel entrance.")
    assert c.relation != "duplicate"
    assert any(r.startswith("lengths of different things") for r in c.reasons)


def test_one_sense_two_ways_stays_duplicate() -> None:
    assert compare("The earthquake struck at a depth of 10 kilometres, the geological survey said.",
                   "The quake was 10 km deep, according to the geological survey.").relation == "duplicate"
    assert compare("Rescuers said the tunnel was about 2 kilometres long.",
                   "Rescuers said the tunnel stretched for about two kilometres.").relation == "duplicate"
