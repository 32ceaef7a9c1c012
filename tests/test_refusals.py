"""An act refused or failed against the act done (`match.refusals`): a refusal told with its time
between ("declined in July to revoke"), an attempt that failed ("the bid to start impeachment
proceedings failed"), a start told with another verb of starting ("launch")."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare, prepared
from workbench.core.match.refusals import refused_act, refused_acts


def _tokens(text: str) -> list[str]:
    return prepared(text)[0].tokens


@pytest.mark.parametrize(("done", "refused"), [
    ("The central bank raised interest rates in October.", "The central bank declined in October to raise interest rates."),
    ("The Senate confirmed the nominee on Tuesday.", "The Senate refused on Tuesday to confirm the nominee."),
    ("The union called a nationwide strike in September.", "The union's attempt to call a nationwide strike failed in September."),
    ("Parliament voted on Thursday to dissolve itself.", "A motion to dissolve parliament failed on Thursday for lack of votes."),
    ("The opposition forced a snap election on Friday.", "The opposition's attempt to force a snap election collapsed on Friday."),
    ("The party won enough votes to launch impeachment proceedings.", "The party's bid to start impeachment proceedings failed."),
])
def test_an_act_refused_or_failed_is_no_duplicate_of_the_act_done(done, refused):
    assert refused_act(done, refused, _tokens(done), _tokens(refused)) is not None
    assert compare(done, refused).relation != "duplicate"


def test_what_is_no_refusal_of_the_act():
    # a fall in value "to" a level, a bid that succeeded, "to" beyond the words of time
    assert refused_acts("Shares declined in July to their lowest level.") == frozenset()
    assert refused_acts("The government's bid to join the trade bloc succeeded in 2021.") == frozenset()
    assert refused_acts("The court refused bail in a case brought to appeal.") == frozenset()
    done, refused = "The minister resigned on Thursday.", "The minister declined to comment on Thursday."
    assert refused_act(done, refused, _tokens(done), _tokens(refused)) is None


def test_a_start_stands_for_every_verb_of_starting_only_when_refused():
    assert {"launch", "open"} <= refused_acts("The bid to start proceedings failed.")
    assert "launch" not in refused_acts("The minister refused to resign.")
