"""Two claims that both ask for something are one kind of statement (`match.wanted`, helper dup93):
a call with the one asked between ("asked foreign governments for help") and a need told with the
thing needed after a plural subject or an urgency ("hospitals urgently needed blood donors") are
read as requests, so they agree with "appealed for aid" / "called for blood donations"; a request
against the thing done stays two facts."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare, compare_many
from workbench.core.match.wanted import wanted


@pytest.mark.parametrize(("wording", "kind"), [
    ("tripoli asked foreign governments for help after the floods", "call"),
    ("ankara asked its nato allies for air defence systems", "call"),
    ("beirut s hospitals urgently needed blood donors", "need"),
    ("families still need tents", "need"),
    ("gaza urgently needs fuel", "need"),
    ("the who delivered badly needed aid", None),  # an adjective
    ("supplies needed by hospitals arrived", None),  # a reduced relative
    ("officials said they need to act", None),
    ("the families needs were met", None),
    ("rabat delivered tents and blankets to the quake survivors", None),
])
def test_requests_read(wording, kind):
    assert wanted(wording) == kind


@pytest.mark.parametrize("semantic", [False, True])
def test_two_requests_are_one_statement(semantic):
    [c] = compare_many([("The Libyan government appealed for international aid after the floods.",
                         "Tripoli asked foreign governments for help after the floods.")], semantic=semantic)
    assert not any(r.startswith("asked for, not done") for r in c.reasons)
    assert c.relation == "duplicate"


def test_a_request_against_the_act_done_stays_apart():
    c = compare("Rabat asked its allies for tents and blankets for the quake survivors.",
                "Rabat delivered tents and blankets to the quake survivors.")
    assert c.relation != "duplicate"
    assert any(r.startswith("asked for, not done") for r in c.reasons)
