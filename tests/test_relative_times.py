"""Times counted from the story's event ("the following weekend" / "overnight") that cannot meet set
two claims apart; one time told two ways ("overnight" / "during the night") stays one."""

from workbench.core.match.compare import compare
from workbench.core.match.relative_times import relative_span


def test_relative_times_apart() -> None:
    for a, b in (("About 200 people marched through the centre of Leeds the following weekend to protest the closure, organisers said.",
                  "Organisers said about 200 people marched through the centre of Leeds overnight to protest the closure."),
                 ("Rescuers pulled 12 survivors from the rubble the next day, officials said.",
                  "Officials said rescuers pulled 12 survivors from the rubble two days later."),
                 ("Around 50 residents held a vigil outside the factory that evening.",
                  "Around 50 residents held a vigil outside the factory the following week.")):
        c = compare(a, b)
        assert c.relation != "duplicate", (a, b)
        assert any(r.startswith("times from the event differ") for r in c.reasons), (a, b)


def test_one_relative_time_in_other_words() -> None:
    for a, b in (("About 200 people marched through the centre of Leeds overnight to protest the closure, organisers said.",
                  "Organisers said about 200 people marched through the centre of Leeds during the night to protest the closure."),
                 ("Rescuers pulled 12 survivors from the rubble the next day, officials said.",
                  "Officials said rescuers pulled 12 survivors from the rubble the following day."),
                 ("The minister visited the flooded town the day after, his office said.",
                  "His office said the minister visited the flooded town a day later."),
                 ("Thousands of people left the city the following week.", "Thousands of people left the city days later.")):
        c = compare(a, b)
        assert c.relation == "duplicate", (a, b)


def test_an_anchor_named_is_not_read() -> None:
    assert relative_span("Troops were deployed the day after the vote.") is None
    assert relative_span("Troops were deployed the day after, officials said.") == ("the day after", 1, 2)
    assert relative_span("Troops were deployed three days later.") == ("three days later", 3, 4)
    assert relative_span("Troops were deployed two days earlier.") == ("two days earlier", -2, -1)
