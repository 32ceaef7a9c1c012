"""One event told two ways with one slot that disagrees is a conflict (`one_slot.one_slot_floor`),
however differently the rest is worded; two events, two spans of time or counts tied by no word of
their own are not."""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.match import knowledge
from workbench.core.match.compare import compare
from workbench.core.match.one_slot import ONE_SLOT_DATE_MIN_SAME, ONE_SLOT_FIGURE_MIN_SAME, one_slot_floor


def test_a_toll_told_in_other_words_with_two_figures_is_a_conflict():
    told = compare("Sudan's health ministry put the number of people killed in the floods at 87.",
                   "Sudanese officials said 120 people died in the floods.")
    assert told.relation == "conflict"
    assert any("figures disagree" in r for r in told.reasons)


def test_a_share_of_one_thing_told_with_two_figures_is_a_conflict():
    assert compare("The port handles about 3% of the world's container traffic.",
                   "Rotterdam accounts for some 30 percent of global container shipping, according to its operator."
                   ).relation == "conflict"


def test_counts_tied_by_no_word_of_their_own_are_no_conflict():
    # two causes of death; the figure's own words ("as many as ... people") tie nothing
    assert compare("Health officials said 87 people had died of cholera.",
                   "The floods killed 120 people, officials said.").relation != "conflict"
    assert compare("As many as 30 people were inside the theatre.",
                   "As many as 30,000 people marched through Lisbon.").relation != "conflict"


def test_the_floor_asks_for_a_word_of_the_event_and_counts_or_shares():
    a, b = "87 people died in the floods", "120 people died in the floods"
    check = fig.pair_figures(fig.quantities_of(a), fig.quantities_of(b))
    undated = knowledge.DateCheck(None)
    told = (["peopl", "die", "flood"], ["peopl", "die", "flood"])
    assert one_slot_floor(check, undated, told, frozenset(), (a, b), (frozenset(told[0]), frozenset(told[1]))) \
        == ONE_SLOT_FIGURE_MIN_SAME
    untied = (["peopl", "die"], ["peopl", "kill"])
    assert one_slot_floor(check, undated, untied, frozenset(), (a, b), (frozenset(), frozenset())) is None
    spans = fig.pair_figures(fig.quantities_of("a 15-year veteran"), fig.quantities_of("three years ago"))
    assert one_slot_floor(spans, undated, told, frozenset(), (a, b), (frozenset(), frozenset())) is None


def test_one_event_on_two_days_needs_a_word_of_its_own_and_one_kind_of_act():
    a, b = "the blockades began on 2 october", "indigenous leaders launched their blockades on october 12"
    none = fig.pair_figures([], [])
    differ = knowledge.DateCheck(knowledge.DATES_DIFFER)
    told = (["blockad", "begin"], ["leader", "launch", "blockad"])
    tokens = (frozenset(told[0]), frozenset(told[1]))
    assert one_slot_floor(none, differ, told, frozenset(), (a, b), tokens) == ONE_SLOT_DATE_MIN_SAME
    assert one_slot_floor(none, differ, (["strike", "begin"], ["talk", "open"]), frozenset(), (a, b), tokens) is None
    # two kinds of act on the two days ("sentenced" / "arrested") are two events
    c, d = "police arrested the activists on 2 october", "a court sentenced the activists on october 12"
    acts = (["polic", "arrest", "activist"], ["court", "sentenc", "activist"])
    assert one_slot_floor(none, differ, acts, frozenset(), (c, d), (frozenset(acts[0]), frozenset(acts[1]))) is None
