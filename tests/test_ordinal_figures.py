"""Ordinals of one series noun ("the 60th anniversary" / "the 50th anniversary") as figures that
disagree (`figures.ordinals`)."""

from __future__ import annotations

from workbench.core.figures.ordinals import ordinal_text, ordinals_clash, ordinals_of
from workbench.core.match.compare import compare


def test_ordinals_are_read_before_a_series_noun():
    assert ordinals_of("the country's 60th independence anniversary") == {"anniversary": frozenset({60})}
    assert ordinals_of("the fortieth anniversary") == {"anniversary": frozenset({40})}
    assert ordinals_of("his twenty-first birthday") == {"birthday": frozenset({21})}
    assert ordinals_of("the 3rd and 4th rounds of talks") == {"round": frozenset({3, 4})}
    assert ordinals_of("Elections were held on March 3rd, the commission said.") == {}
    assert ordinals_of("on the 3rd of March") == {}
    assert ordinal_text(21) == "21st" and ordinal_text(12) == "12th" and ordinal_text(3) == "3rd"


def test_two_ordinals_of_one_series_clash():
    assert ordinals_clash("the 12th round of trade talks", "the ninth round of trade talks") == ("round", 12, 9)
    assert ordinals_clash("the fortieth anniversary", "the 40th anniversary") is None
    assert ordinals_clash("built in the 20th century", "built in 1962") is None
    assert compare("Thousands marched to mark the fortieth anniversary of the massacre.",
                   "Thousands marched to mark the 30th anniversary of the massacre.").relation == "conflict"
    assert compare("The talks resumed for a third round in Doha on Tuesday.",
                   "The 3rd round of talks resumed in Doha on Tuesday.").relation == "duplicate"
