"""Two kinds of people a passive tells were done to, its doer unnamed, play one role
(`roles.passive_subject`, `kind_slots._one_role`): "two aides were shot dead" / "two police
officers were shot dead" are two facts. Political aides are a kind of people, "aid" is not one."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.kind_slots import kinds_named, other_member
from workbench.core.match.roles import passive_subject


def test_a_passive_without_its_doer_tells_whom():
    assert "judg" in (passive_subject("two judges were kill in their car") or ())
    assert passive_subject("gunmen kill two judges") is None
    assert passive_subject("two judges were kill by gunmen") is None


def test_two_kinds_of_people_done_to_are_two_facts():
    assert other_member("two presidential aides were kill at a roadblock",
                        "two police were kill at a roadblock") is not None
    assert compare("Three senior aides were shot dead in Harare, police said",
                   "Three police officers were shot dead in Harare, police said").relation != "duplicate"


def test_aid_is_no_aide():
    # (families are a kind of people since helper pairsnot7: only the aides must not be read)
    assert "people: political aides" not in kinds_named("the un delivered aid to 300 families")
