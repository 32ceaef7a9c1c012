"""A country inside a broadcaster's name ("Radio New Zealand", "Voice of America") names the source,
not the fact's place (`doers._OUTLETS`); a country the fact happened in stays a place."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.inside_names import names_inside_names


def test_outlet_country_is_no_mention() -> None:
    assert "newzealand" in names_inside_names("The Supreme Court upheld the election result, Radio New Zealand reported.")
    assert "america" not in names_inside_names("The army seized the capital of America, Voice of America reported.")


@pytest.mark.parametrize("a, b", [
    ("The Supreme Court upheld the election of the president, Radio New Zealand reported.",
     "According to RNZ, Samoa's Supreme Court ruled that the president's election was valid."),
    ("The president dissolved parliament, Radio France Internationale said.",
     "Chad's president dissolved parliament, according to RFI."),
    ("The court upheld the no-confidence vote against the premier, the BBC reported.",
     "According to the BBC, Tonga's court ruled that the motion ousting the premier was valid."),
])
def test_source_country_and_ruled_valid(a: str, b: str) -> None:
    assert compare(a, b).relation == "duplicate"


@pytest.mark.parametrize("a, b", [
    ("The Supreme Court upheld the election result in New Zealand.", "The Supreme Court in Samoa upheld the election result."),
    ("A court in Germany upheld the ban, Deutsche Welle reported.", "A court in Pakistan upheld the ban, Deutsche Welle reported."),
])
def test_place_country_stays(a: str, b: str) -> None:
    assert compare(a, b).relation != "duplicate"
