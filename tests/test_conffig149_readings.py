"""Sets 149-152 (helper conffig149): four readings, each on pairs of other stories.

- inmates who walked out of a named prison walked free (a release, not a strike: `language.paraphrases`);
- a count of participants against people told as joining (`match.participants`): one count;
- a flight under way towards a place, told of one group of doers (`match.one_destination`);
- an ordinal member against the group's count (`match.ordinal_members`): another fact.
"""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.match import knowledge
from workbench.core.match.compare import compare_many
from workbench.core.match.one_destination import voyage
from workbench.core.match.ordinal_members import members_of, ordinal_member_apart
from workbench.core.match.participants import participants_told
from workbench.core.vocab import Relation


def _relations(pairs: list[tuple[str, str]]) -> list[Relation]:
    return [c.relation for c in compare_many(pairs)]


def test_walked_out_of_a_named_prison_is_a_release() -> None:
    assert "release from Evin prison" in knowledge.rewrite("Ali Karimi walked out of Evin prison on Monday.")[0]
    assert "release" in knowledge.rewrite("The activist walked out of the Tora prison complex.")[0]
    # no prison: a strike, as before
    assert "go on strike" in knowledge.rewrite("Guards at Mazra prison walked out on Sunday.")[0]
    assert "go on strike" in knowledge.rewrite("Nurses walked out of hospitals across Kenya.")[0]
    assert _relations([
        ("The first prisoners freed under the amnesty walked out of Mazra prison on Sunday, families said.",
         "Families said the first prisoners released in the amnesty left Mazra prison on Tuesday."),
        ("The journalist walked out of Insein prison on Friday after an amnesty, her family said.",
         "The journalist was freed from Insein prison on Friday under an amnesty, her family said."),
    ]) == [Relation.CONFLICT, Relation.DUPLICATE]


def test_participants_pair_with_people_told_as_joining() -> None:
    a = "The march through Tbilisi drew about 20,000 participants, organisers said."
    b = "Organisers said only about 2,000 students joined the march through Tbilisi."
    check = fig.pair_figures(fig.quantities_of(a), fig.quantities_of(b))
    assert not check.pairs and len(participants_told(check, a, b).conflicts) == 1
    # another act of some of them: no count of who took part
    c = "Police detained 100 protesters at the rally in Yerevan on Saturday."
    d = "The rally in Yerevan drew about 10,000 participants on Saturday."
    check = fig.pair_figures(fig.quantities_of(c), fig.quantities_of(d))
    assert participants_told(check, c, d) is check
    assert _relations([
        (a, b),
        ("The sit-in outside the Kenyan parliament had around 300 participants, police said.",
         "Around 3,000 farmers took part in the sit-in outside the Kenyan parliament, police said."),
    ]) == [Relation.CONFLICT, Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations([
        ("The climate summit in Nairobi had 2,000 participants.", "Some 200 journalists covered the climate summit in Nairobi."),
    ])


def test_a_flight_under_way_has_one_destination() -> None:
    assert voyage("Police said the robbers had been trying to flee towards Mexico.")[2] == ("Mexico",)
    assert voyage("The gunmen were fleeing towards Niger when troops intercepted them.")[2] == ("Niger",)
    assert voyage("The robbers fled towards Toulouse, police said.") is None  # simple past: no moment
    assert _relations([
        ("The hijackers had been trying to escape towards Syria, officials said.",
         "Officials said the hijackers had been fleeing towards Iraq."),
        # the doers by their role and by a description: one group
        ("The assailants had been trying to flee towards Georgia, the interior ministry said.",
         "The interior ministry said the gunmen had been fleeing towards Azerbaijan."),
    ]) == [Relation.CONFLICT, Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations([
        ("The gunmen had been trying to flee towards Pakistan, officials said.",
         "The hostages had been trying to flee towards Afghanistan, officials said."),
        ("The suspects had been fleeing towards the border with Ukraine when they were caught.",
         "The suspects had been fleeing towards Ukraine when they were caught."),
    ])


def test_an_ordinal_member_is_no_count_of_the_group() -> None:
    assert members_of("A court ordered a fourth suspect held until trial.")[0][:2] == (4, False)
    assert members_of("A fifth of the vote went to the Greens.") == ()  # a fraction
    assert members_of("He won a second term, for the third time.") == ()  # a series, a time
    a, b = "Police in Lyon detained the two suspects on Monday.", "Police in Lyon detained a third suspect on Monday."
    check = fig.pair_figures(fig.quantities_of(a), fig.quantities_of(b))
    assert ordinal_member_apart(check, (a, b)) == "one member against the group counted: 3rd suspect / 2"
    assert Relation.DUPLICATE not in _relations([
        (a, b),
        ("The two climbers were rescued from Mont Blanc on Sunday.", "A third climber was rescued from Mont Blanc on Sunday."),
        ("The third suspect was released on bail on Friday.", "The three suspects were released on bail on Friday."),
    ])
    # the first is a record, not a member counted; a count told twice stays one
    assert _relations([
        ("The first suspect in the Lyon shooting was charged on Monday.",
         "One suspect in the Lyon shooting was charged on Monday."),
        ("The judge ordered the three suspects held until 1 June.", "The judge ordered three suspects held until 1 June."),
    ]) == [Relation.DUPLICATE, Relation.DUPLICATE]
