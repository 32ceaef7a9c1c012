""""Insurgents" is any side's word (as "fighters"): no synonym row, so a count of insurgents is
never known apart from the same count of militants or rebels (`language.synonyms`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize(("a", "b"), [
    ("Security forces killed 2,000 insurgents in Culiacan on 12 June.",
     "Two thousand militants were killed by security forces near Culiacan on June 12."),
    ("Nine insurgents were detained in Palma on June 14th, police said.", "The army arrested 9 militants in Palma on 14/06."),
])
def test_insurgents_and_militants_count_one_group(a: str, b: str) -> None:
    assert compare(a, b).relation == "duplicate"


def test_insurgents_are_still_no_civilians() -> None:
    r = compare("Security forces killed 200 insurgents in Palma on 12 June.",
                "Security forces killed 200 civilians in Palma on 12 June.")
    assert r.relation != "duplicate"
