"""A pair that would be a duplicate had its figures agreed is a conflict (`anchor.clash_floor`):
retellings whose words are alike mostly through their figure keep that likeness when the figure
is changed only if the same thing is counted on the same day."""

from __future__ import annotations

from workbench.core.match.compare import compare

FIRE = "The fire has burned through 12,000 hectares since Tuesday"


def test_the_same_area_on_the_same_day_with_two_figures_is_a_conflict():
    told = compare(FIRE, "Since Tuesday the wildfire has scorched 12000 ha")
    assert told.relation == "duplicate"
    clash = compare(FIRE, "Since Tuesday the wildfire has scorched 18000 ha")
    assert clash.relation == "conflict"
    assert any("figures disagree" in r for r in clash.reasons)


def test_other_days_or_other_things_counted_are_no_conflict():
    assert compare(FIRE, "Since Friday the wildfire has scorched 18000 ha").relation != "conflict"
    assert compare("Rebels killed 40 soldiers in Hama on 3 June",
                   "Rebels killed 65 civilians in Hama on 3 June").relation != "conflict"
