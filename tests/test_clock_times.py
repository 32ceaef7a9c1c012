"""One act told at two clock times is a clash (`match.clock_times`); one journey told with its ends
swapped is an opposite (`match.journey_legs.route_reversed`); the people of a crowd ("revellers")
are people a plain count of people may count (`figures.counted`). Helper conffig153, sets 153-156."""

from workbench.core.match.clock_times import clock_time
from workbench.core.match.compare import compare


def test_clock_time_read_as_a_point() -> None:
    assert clock_time("The first call was made at 6:34pm.")[:2] == (18 * 60 + 34, False)
    assert clock_time("It began at 18:34, police said.")[0] == 18 * 60 + 34
    assert clock_time("The blast came shortly after 2 a.m.")[:2] == (120, True)
    assert clock_time("The ceasefire took effect at midnight.")[0] == 0
    # a bound, a span, two times, a price: no point in time
    for text in ("Shops must close by 9pm.", "A curfew runs from 10 p.m. to 6 a.m.",
                 "Voting opened at 7am and closed at 8pm.", "Bread costs $4.50 now.", "The score was 3:1."):
        assert clock_time(text) is None, text


def test_one_act_at_two_clock_times() -> None:
    for a, b in (("The first warning siren sounded at 5:12am, residents said.",
                  "The first warning siren sounded at 8:40am, residents said."),
                 ("The first emergency call reporting the fire was made at 1:05am, hours before the roof fell.",
                  "The first emergency call reporting the fire came at 4:30am, as the roof was already falling."),
                 ("The gunman opened fire at about 10pm on Friday.", "The gunman opened fire at about 3pm on Friday.")):
        c = compare(a, b)
        assert c.relation == "conflict", (a, b, c.reasons)
        assert any("by the clock" in r for r in c.reasons), (a, b)


def test_one_time_told_two_ways_or_two_acts() -> None:
    for a, b in (("The first warning siren sounded at 5:12am, residents said.", "Residents said the first warning siren sounded at 05:12."),
                 ("The blast happened shortly after 6pm local time.", "The blast happened shortly after 18:00 local time.")):
        assert compare(a, b).relation == "duplicate", (a, b)
    for a, b in (("Polling stations opened at 7am on Sunday.", "Polling stations closed at 8pm on Sunday."),
                 ("The first plane landed at 6am.", "The last plane landed at 11pm.")):
        assert not any("by the clock" in r for r in compare(a, b).reasons), (a, b)


def test_route_told_the_other_way() -> None:
    a = "The ferry was sailing from Dover to Calais when the fire broke out."
    b = "The ferry was sailing from Calais to Dover when the fire broke out."
    c = compare(a, b)
    assert c.relation == "conflict", c.reasons
    assert any("the route told the other way" in r for r in c.reasons)
    # one route told twice, or moves of things in the plural, each way its own
    assert compare(a, "The ferry was sailing from Dover to Calais when a fire broke out.").relation == "duplicate"
    assert not any("route" in r for r in compare("The airline suspended flights from Dover to Calais.",
                                                 "The airline suspended flights from Calais to Dover.").reasons)


def test_crowd_counted_as_people() -> None:
    c = compare("Organisers said about 40,000 people had gathered at the festival site.",
                "Some 4,000 festivalgoers packed the festival site, according to organisers.")
    assert c.relation == "conflict", c.reasons
