"""An act under way at a moment against a claim that none was under way then ("the band was
performing on stage when the fire started" / "no concert was under way when the fire started"):
a conflict (`match.while_denied`)."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.while_denied import while_denied


def test_the_reading() -> None:
    assert while_denied("The band was playing on stage when the roof collapsed.",
                        "No concert was taking place at the arena when the roof collapsed.") is not None
    # another moment, or neither claim denying
    assert while_denied("The band was playing on stage when the roof collapsed.",
                        "No concert was taking place at the arena when the storm began.") is None
    assert while_denied("The band was playing on stage when the roof collapsed.",
                        "Fans were leaving the arena when the roof collapsed.") is None


def test_an_act_under_way_denied_is_a_conflict() -> None:
    for a, b in [("The band was playing on stage when the roof collapsed.",
                  "No concert was taking place at the arena when the roof collapsed."),
                 ("Students were sitting an exam in the hall when the blast happened.",
                  "No exam was under way in the hall when the blast happened."),
                 ("Workers were on shift at the plant when the explosion occurred.",
                  "No one was working at the plant when the explosion occurred.")]:
        assert compare(a, b).relation == "conflict", (a, b)
    # hard negatives: kept as they were
    assert compare("No concert was taking place at the arena when the roof collapsed.",
                   "No concert was under way at the arena when the roof collapsed.").relation == "duplicate"
    assert compare("The band was playing on stage when the roof collapsed.",
                   "Workers were on shift at the plant when the explosion occurred.").relation != "conflict"
