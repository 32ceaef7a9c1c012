"""A kind of several words is read as one when telling two counts apart (`figures.counted.kind_keys`):
"300 ballots" / "300 polling stations" count two things, "polling booths" / "polling units" one."""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.figures.compare import counted_kinds_apart, same_written_figure
from workbench.core.figures.counted import kind_keys
from workbench.core.match.compare import compare


def _one(text: str) -> fig.Quantity:
    (q,) = fig.quantities_of(text)
    return q


def test_ballots_and_polling_stations_are_two_things_counted() -> None:
    for a, b in [("Officials voided 300 ballots in Lagos.", "The commission opened 300 polling stations in Lagos."),
                 ("300 votes were rejected in Kano.", "Officials closed 300 polling units in Kano.")]:
        assert not same_written_figure(_one(a), _one(b))
        assert counted_kinds_apart(fig.pair_figures(fig.quantities_of(a), fig.quantities_of(b))) is not None
        assert compare(a, b).relation != "duplicate"


def test_two_words_for_one_kind_still_pair() -> None:
    a, b = "300 polling booths were shut in Kano.", "Officials closed three hundred polling units in Kano."
    assert same_written_figure(_one(a), _one(b))
    assert compare(a, b).relation == "duplicate"
    a, b = "Officials voided 150 ballot papers in Lagos.", "Officials rejected 150 votes in Lagos."
    assert compare(a, b).relation == "duplicate"


def test_the_longest_kind_is_read_in_place_of_its_words() -> None:
    assert "truck" not in kind_keys("40 truck drivers")  # drivers, not trucks
    assert "truck" in kind_keys("40 aid trucks")
    assert not same_written_figure(_one("Police stopped 40 truck drivers."), _one("Police stopped 40 trucks."))

