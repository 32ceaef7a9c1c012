"""A counted group told of by two predicates (sets 161-164 read, `count_predicates`,
`vote_sides.turnout_apart`): what the counted were against what they did or had done to them, and a
share that turned out against a share on one side of the vote, one act timed by two events. Two kinds, two acts, two turnouts,
two wordings of one side stay one."""

from workbench.core.match.compare import compare_many
from workbench.core.match.count_predicates import clause_after


def _relations(pairs: list[tuple[str, str]]) -> list[str]:
    return [c.relation for c in compare_many(pairs, semantic=False)]


def test_a_kind_against_an_act() -> None:
    text = "Police said 12 of the 40 people arrested on Sunday were women, officials said."
    assert clause_after(text, text.index(" of ")) == ("of", "the", "40", "people", "arrested", "on", "sunday", "were", "women")
    assert "duplicate" not in _relations([
        ("The report found 22 of the 90 dolphins stranded last year were juveniles.",
         "The report found 22 of the 90 dolphins stranded last year had to be euthanised."),
        ("Police said 12 of the 40 people arrested on Sunday were women.",
         "Police said 12 of the 40 people arrested on Sunday were later released without charge."),
        ("Officials said 7 of the 25 miners rescued were Chinese nationals.",
         "Officials said 7 of the 25 miners rescued needed hospital treatment."),
    ])
    assert _relations([  # two kinds, two acts: one fact
        ("Police said 12 of the 40 people arrested on Sunday were women.",
         "Police said 12 of the 40 people detained on Sunday were women."),
        ("Seven of the 25 miners rescued were Chinese nationals.", "Seven of the 25 miners rescued were Chinese citizens."),
        ("Rescuers said 11 of the 19 climbers were found alive.", "Rescuers said 11 of the 19 climbers had survived."),
    ]) == ["duplicate"] * 3


def test_a_turnout_against_a_side() -> None:
    assert "duplicate" not in _relations([
        ("Nearly 70 percent of voters went to the polls on Sunday.", "Nearly 70 percent of voters approved the amendment on Sunday."),
        ("Turnout was 41.2 percent, the electoral commission said.",
         "Some 41.2 percent of voters rejected the proposal, the electoral commission said."),
        ("Some 53 percent of voters opposed the plan.", "Some 53 percent of eligible voters turned out to vote on the plan."),
    ])
    assert _relations([  # two turnouts, one side: one fact
        ("Only 38 percent of eligible voters cast ballots in the runoff.",
         "Only 38 percent of eligible voters turned out for the runoff."),
        ("Nearly 70 percent of voters approved the amendment on Sunday.", "Nearly 70 percent of voters backed the amendment on Sunday."),
        ("Some 53 percent of voters opposed the plan.", "Some 53 percent of voters rejected the plan."),
    ]) == ["duplicate"] * 3


def test_one_act_timed_by_two_events() -> None:  # (`before_after.one_act_two_events`)
    assert "duplicate" not in _relations([
        ("The mayor imposed a curfew hours before the protest march began.",
         "The mayor imposed a curfew hours after rioters torched several shops."),
        ("The minister resigned two days before the budget was due to be presented.",
         "The minister resigned two days after a newspaper published the leaked emails."),
    ])
    assert _relations([  # one event told two ways: one fact
        ("The mayor imposed a curfew hours before the protest march began.",
         "The mayor imposed a curfew hours before the demonstration started."),
    ]) == ["duplicate"]
