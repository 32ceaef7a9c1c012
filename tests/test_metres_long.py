"""Ship and size readings (helper dup153): a figure with "m" written onto it before a word of size
is metres (`figures.metres_long`), a grounded ship refloated is freed and one run aground is stuck
(`language.verbs`), impounded / released are one holding's two outcomes (`match.opposites`), and a
sum of money is no physical measure (`match.anchor.measured_apart`)."""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def _one(text: str) -> fig.Quantity:
    (q,) = fig.quantities_of(text)
    return q


def test_metres_written_onto_the_figure_before_a_word_of_size() -> None:
    for text, value, unit in [("the 400m-long ship", 400.0, "m"), ("a 3.2m-wide lane", 3.2, "m"),
                              ("a 45m high dam wall", 45.0, "m"), ("a 1.5km-long tunnel", 1.5, "km")]:
        q = _one(text)
        assert (q.value, q.low, q.high, q.unit) == (value, value, value, unit), text
    hedged = _one("some 400m-long ship")
    assert hedged.value == 400 and hedged.low is not None and hedged.high is not None and hedged.low < 400 < hedged.high
    # (millions stay millions)
    assert _one("a $400m deal").value == 400_000_000
    assert _one("4m people").value == 4_000_000


def test_a_length_told_two_ways_is_one_figure() -> None:
    a = "The 330-metre bulk carrier Aurora Star ran aground off Gibraltar on 4 February."
    b = "On February 4 the 330m-long Aurora Star became stuck near Gibraltar."
    assert compare(a, b).relation == "duplicate"
    a = "The crush happened in a sloping alley about 3.2 metres wide next to the Hamilton Hotel."
    b = "The disaster unfolded in a narrow, 3.2m-wide lane beside the Hamilton Hotel, police said."
    assert compare(a, b).relation == "duplicate"


def test_two_lengths_clash() -> None:
    a = "The 300m-long tanker Sea Pearl was hit by a drone off Hodeidah on 11 June."
    b = "A 250-metre tanker, the Sea Pearl, was struck by a drone near Hodeidah on June 11."
    assert compare(a, b).relation == "conflict"


def test_a_sum_is_no_length() -> None:
    a = "The city approved a $400m upgrade of the harbour on Tuesday."
    b = "A 400m-long extension of the harbour pier was approved by the city on Tuesday."
    assert compare(a, b).relation != "duplicate"


def test_refloated_is_freed_and_aground_is_stuck() -> None:
    a = "Tugs refloated the grounded ferry Nordlys off Bergen on Thursday, 9 November."
    b = "The ferry Nordlys was freed on November 9 after being stranded near Bergen."
    assert compare(a, b).relation == "duplicate"
    a = "The coaster Elbe Trader went aground near Cuxhaven on Wednesday, 21 February."
    b = "On February 21 the Elbe Trader was stranded off Cuxhaven."
    assert compare(a, b).relation == "duplicate"
    a = "Tugs refloated the tanker Ocean Grace in the Bosphorus on Sunday, 12 March."
    b = "The tanker Ocean Grace ran aground in the Bosphorus on Sunday, 12 March."
    assert compare(a, b).relation != "duplicate"


def test_impounded_and_released_are_opposite_outcomes() -> None:
    a = "Customs officers impounded 14 lorries carrying timber at the Malaba border on Monday."
    b = "On Monday customs officers released 14 timber lorries at the Malaba border post."
    assert compare(a, b).relation == "conflict"


def test_compounds_and_sums_stay_millions() -> None:
    assert _one("a 5m long-term contract").value == 5_000_000
    assert _one("a $400m-long pier").value == 400_000_000
    assert _one("a 50m-wide crater").value == 50
