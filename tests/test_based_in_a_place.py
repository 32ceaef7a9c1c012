"""A body named by where it is based (`match.based`, helper dup93): "the Washington-based lender" is
no act of the United States, so it is no other doer than the body named another way, and it is
another doer than "Washington" itself."""

from __future__ import annotations

import pytest

from workbench.core.match.based import based_tokens
from workbench.core.match.compare import compare, compare_many
from workbench.core.match.knowledge import rewritten


def test_the_place_a_body_is_based_in_is_no_government():
    assert "UnitedStates" not in rewritten("The Washington-based lender halted new loans.")[0]
    assert "UnitedStates" in rewritten("Washington halted new loans.")[0]
    assert based_tokens("The Washington-based lender") >= {"washington", "unitedstat"}
    assert based_tokens("a UK-based charity") >= {"unitedkingdom"}


@pytest.mark.parametrize("semantic", [False, True])
def test_the_body_is_no_other_doer_than_its_name(semantic):
    [c] = compare_many([("The World Bank said it would suspend new financing to Ethiopia over the war.",
                         "The Washington-based lender halted new loans to Ethiopia over the war.")], semantic=semantic)
    assert not any(r.startswith("another doer") for r in c.reasons)


@pytest.mark.parametrize(("a", "b"), [
    ("The Washington-based lender halted new loans to Ethiopia over the war.",
     "Washington halted new loans to Ethiopia over the war."),
    ("The London-based charity sent 200 tonnes of food to Gaza.", "London sent 200 tonnes of food to Gaza."),
    ("A Paris-based rights group condemned the arrests in Dakar.", "Paris condemned the arrests in Dakar."),
])
def test_the_body_is_another_doer_than_the_place(a, b):
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any(r.startswith("another doer: a body based in") for r in c.reasons)


def test_one_body_based_in_one_place_agrees():
    c = compare("The London-based Syrian Observatory for Human Rights said 12 soldiers were killed near Idlib.",
                "The Syrian Observatory for Human Rights, based in Britain, said 12 soldiers were killed near Idlib.")
    assert c.relation == "duplicate"
