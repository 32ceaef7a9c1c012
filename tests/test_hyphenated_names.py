"""Each capitalised part of a hyphenated name is a name token (`normalize`): "ZANU-PF" is read
as the name "zanu", as its tokens are, so a claim naming it and one naming another party differ."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.normalize import normalize


def test_the_parts_of_a_hyphenated_name_are_names() -> None:
    n = normalize("The court banned Jamaat-e-Islami and a ZANU-PF candidate near a Woodburn-area bank")
    assert {"jamaat", "islami", "zanu", "woodburn"} <= n.proper
    assert "e" not in n.proper and "area" not in n.proper


@pytest.mark.parametrize("a, b", [
    ("Zimbabwe's electoral body disqualified the CCC candidate in Harare",
     "Zimbabwe's electoral body disqualified the ZANU-PF candidate in Harare"),
    ("The court banned Tehreek-e-Labbaik from contesting the election", "The court banned Jamaat-e-Islami from contesting the election"),
])
def test_two_parties_one_hyphenated_are_two_facts(a: str, b: str) -> None:
    assert compare(a, b).relation != "duplicate"
