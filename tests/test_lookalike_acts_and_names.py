"""Look-alike "not" pairs (helper opp84, sets 81-84): another step taken by the same doer over the
same thing ("condemned" / "summoned the envoy over"), names that differ in two slots ("Toyota ...
Tahara plant" / "Honda ... Suzuka plant"), the same figure counting two kinds of thing, with
duplicate controls."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize(("a", "b"), [
    ("The European Union condemned the arrest of the opposition leader in Uganda.",
     "The European Union imposed sanctions over the arrest of the opposition leader in Uganda."),
    ("France condemned the killing of the journalist in Mali.",
     "France recalled its ambassador over the killing of the journalist in Mali."),
    ("Ghana summoned Nigeria's high commissioner over the demolition of its embassy building in Abuja.",
     "Ghana condemned the demolition of its embassy building in Abuja."),
    ("Shell halted output at its Bonga field after the pipeline leak.",
     "TotalEnergies halted output at its Akpo field after the pipeline leak."),
    ("Toyota suspended production at its Tahara plant after the cyberattack.",
     "Honda suspended production at its Suzuka plant after the cyberattack."),
    ("Vale suspended operations at its Brucutu mine after the dam inspection.",
     "Anglo American suspended operations at its Minas-Rio mine after the dam inspection."),
    ("Officials said 60 industrial enterprises had halted production because of the gas cut.",
     "Officials said 60 schools had closed early because of the gas cut."),
    ("The governor said 25 bridges were damaged by the floods.",
     "The governor said 25 villages were cut off by the floods."),
])
def test_look_alike_facts_are_no_duplicates(a, b):
    assert compare(a, b).relation != "duplicate"


@pytest.mark.parametrize(("a", "b"), [
    ("The EU denounced the arrest of Uganda's opposition leader.",
     "The European Union condemned the arrest of the opposition leader in Uganda."),
    ("Shell halted output at its Bonga field after the pipeline leak.",
     "Output at Shell's Bonga field was halted after the pipeline leak."),
    ("Shell halted output at its Bonga field after the pipeline leak.",
     "Shell Nigeria stopped output at the Bonga field after the pipeline leak."),
    ("Myanmar's junta imposed martial law in 11 townships",
     "Myanmar's military government declared martial law in eleven townships"),
])
def test_one_act_and_one_name_stay_a_duplicate(a, b):
    assert compare(a, b).relation == "duplicate"
