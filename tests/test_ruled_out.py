"""A thing one claim's wording rules out against the thing told done (`match.ruled_out`; sets 137-140,
helper conf137a): "rather than" / "instead of", a measure refused, an event told calm, a moratorium,
no effect on a thing."""

from __future__ import annotations

from workbench.core.match.compare import compare_many, prepared
from workbench.core.match.ruled_out import (
    calm_events,
    held_back,
    passed_over,
    refused_measures,
    ruled_out,
    unharmed,
)
from workbench.core.vocab import Relation

CONFLICTS = [
    # the act passed over
    ("The council said the old bridge would be demolished rather than restored.",
     "The council said the old bridge would be restored by a heritage trust."),
    ("The ministry said the seized ivory would be destroyed instead of being sold at auction.",
     "The seized ivory will be sold at auction, the ministry said."),
    # a measure refused, another verb putting it in place
    ("The city council decided against imposing a curfew on the old town after the riots.",
     "The city council set a curfew on the old town after the riots."),
    # an event told calm, disorder during it
    ("The handover ceremony went off without any incidents, officials said.",
     "Scuffles broke out between protesters and police during the handover ceremony."),
    ("The funeral procession passed off peacefully, organisers said.",
     "Several mourners were injured when fighting broke out during the funeral procession."),
    # an act under a moratorium, carried out
    ("The government said a moratorium on executions would remain in place for drug offences.",
     "The government said executions for drug offences would be carried out next month."),
    # no effect on a thing, the thing disrupted
    ("The bank said the outage caused no significant disruption to its mobile banking services.",
     "The outage knocked the bank's mobile banking services offline for six hours."),
]
NOT_CONFLICTS = [
    # a preference chooses nothing
    ("The minister said the bloc should pursue talks with the junta rather than sanctions.",
     "The bloc imposed sanctions on the junta, the minister said."),
    # a word the claim tells elsewhere
    ("For the first time, the whole manuscript will be shown instead of just the first page.",
     "For the first time, the whole manuscript will be on display."),
    # what a change left, a value changed
    ("The power plant has switched from gas to coal, the authorities said.",
     "The power plant is now burning coal instead of gas."),
    ("The council raised the parking fee from 2 euros to 3 euros.",
     "The parking fee is now 3 euros instead of 2 euros, after the council raised it."),
    # disorder at another event
    ("The May Day march in the capital passed off without incident, police said.",
     "Police detained 40 people after clashes broke out at a football match in the capital on May Day."),
    # a moratorium lifted or only asked for
    ("The government lifted the moratorium on executions for drug offences.",
     "The government said executions for drug offences would be carried out."),
    ("Rights groups called for a moratorium on executions for drug offences.",
     "The government said executions for drug offences would be carried out next month."),
    # no effect on one thing, disruption of another
    ("The utility said the storm caused no significant disruption to its power supply.",
     "The storm caused severe disruption to rail services across the region."),
    ("Officials said no deaths were reported after the earthquake.",
     "Twelve people were injured in the earthquake, officials said."),
]


def test_the_readings_of_one_claim() -> None:
    assert passed_over("The tank would be scrapped rather than put on display.") == (frozenset({"put", "display"}),)
    assert not passed_over("He would prefer talks rather than sanctions.")
    assert refused_measures("The board decided against imposing any limit on bonuses.") == frozenset({"limit"})
    assert calm_events("Police said the march passed off without incident.") == (frozenset({"march"}),)
    assert held_back("A moratorium on executions remains in place.")
    assert not held_back("The government lifted the moratorium on executions.")
    assert unharmed("The storm caused no damage to the dam.") == (frozenset({"dam"}),)


def test_a_thing_passed_over_and_refused_is_not_read() -> None:
    # (the negation step reads this pair on its own: a refusal against the plain act)
    pair = ("The inquiry focused on pilot error rather than examine the engine's design.",
            "The inquiry refused to examine the engine's design.")
    assert ruled_out(pair, (frozenset(prepared(pair[0])[0].tokens), frozenset(prepared(pair[1])[0].tokens))) is None


def test_a_thing_ruled_out_against_the_thing_done_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_look_alikes_are_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
