"""A claim opening with another full name in the same words is another fact (`match.leading_names`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.leading_names import leading_name


@pytest.mark.parametrize("a, b", [
    ("Ousmane Sonko was freed from prison in Dakar on 14 March under the new amnesty law.",
     "Bassirou Diomaye Faye was freed from prison in Dakar on 14 March under the new amnesty law."),
    ("Maria Fernanda Lopez was sworn in as interior minister on Tuesday.",
     "Carlos Alberto Ruiz was sworn in as interior minister on Tuesday."),
    ("Elena Petrova was elected mayor of the city with 54 percent of the vote.",
     "Irina Volkova was elected mayor of the city with 54 percent of the vote."),
    ("Jean-Pierre Bemba was named defence minister in the new cabinet on Sunday.",
     "Vital Kamerhe was named defence minister in the new cabinet on Sunday."),
])
def test_another_opening_name_is_another_fact(a: str, b: str) -> None:
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any(r.startswith("another name opening the same words") for r in c.reasons)


@pytest.mark.parametrize("a, b", [
    ("Ousmane Sonko was freed from prison in Dakar on 14 March.", "Sonko walked free from a Dakar prison on 14 March."),
    ("Maria Fernanda Lopez was sworn in as interior minister on Tuesday.",
     "Lopez took the oath of office as interior minister on Tuesday."),
])
def test_the_same_person_named_shorter_is_no_other_name(a: str, b: str) -> None:
    assert not any(r.startswith("another name opening") for r in compare(a, b).reasons)


def test_a_capitalised_common_word_opening_a_claim_is_no_name() -> None:
    assert leading_name("Police arrested 30 people on Monday.") == frozenset()
    assert leading_name("The army said it had withdrawn.") == frozenset()
    assert leading_name("Ousmane Sonko was freed.") == {"ousman", "sonko"}  # (stemmed)
