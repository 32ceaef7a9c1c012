"""A figure written "3.2m" right before a dimension ("-wide", " long", "-high") is in metres, not
millions (`figures.metres_long`; helper dup155, the rule dup153 wrote too: one reading kept)."""

from workbench.core.figures import quantities_of
from workbench.core.match.compare import compare


def _read(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in quantities_of(text)]


def test_glued_m_before_a_dimension_is_metres() -> None:
    assert _read("A 10m-high wave struck the coast.") == [(10.0, "m")]
    assert _read("They dug a tunnel about 500m long.")[0][1] == "m"
    assert _read("a narrow, 3.2m-wide lane")[0] == (3.2, "m")
    # money and counts stay millions
    assert _read("The company signed a $3m deal.")[0][0] == 3_000_000
    assert _read("The council approved a £5m long-term loan.")[0][0] == 5_000_000
    assert _read("The floods displaced 2m people.")[0][0] == 2_000_000


def test_one_length_told_two_ways() -> None:
    c = compare("The crowd was crushed in a sloping alley about 4.5 metres wide next to the Grand Hotel on Saturday.",
                "The disaster unfolded in a narrow, 4.5m-wide lane beside the Grand Hotel on Saturday.")
    assert c.relation == "duplicate"
    c = compare("A 10m-high wave struck the coast of Aceh on Sunday.", "A wave about 4 metres high hit the Aceh coast on Sunday.")
    assert c.relation == "conflict"
