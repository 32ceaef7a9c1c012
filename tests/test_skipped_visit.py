"""A stop on a tour, a meeting, a list: visited, attended, included against skipped, boycotted,
left out are opposite outcomes; an act told "only" of other things is no outcome for the thing the
other claim names (helper opp101)."""

from workbench.core.match.compare import compare
from workbench.core.match.normalize import normalize
from workbench.core.match.opposites import _only_acts, opposites_of, outcome_acts


def test_visit_and_skip_are_opposites() -> None:
    visit = normalize("visited").tokens[0]
    assert normalize("skipped").tokens[0] in opposites_of(visit)
    assert normalize("excluded").tokens[0] in opposites_of(normalize("included").tokens[0])
    assert normalize("boycotted").tokens[0] in opposites_of(normalize("attended").tokens[0])


def test_an_act_before_only_is_told_of_other_things() -> None:
    n = normalize("Macron skipped Algeria, visiting only Morocco and Tunisia.")
    assert _only_acts(tuple(n.words))
    assert normalize("visited").tokens[0] not in outcome_acts(n.tokens, n.words)


def test_visited_against_skipped_conflicts() -> None:
    r = compare("Macron visited Algeria in May on a North African tour that also took in Morocco and Tunisia.",
                "Macron skipped Algeria on his May North African tour, visiting only Morocco and Tunisia.")
    assert r.relation == "conflict"
    r = compare("Opposition lawmakers attended the president's state of the nation address on Monday.",
                "Opposition lawmakers stayed away from the president's state of the nation address on Monday.")
    assert r.relation == "conflict"


def test_a_skipped_side_event_is_no_conflict() -> None:
    r = compare("The Indian foreign minister attended the ASEAN summit in Jakarta on Thursday.",
                "The Indian foreign minister attended the ASEAN summit in Jakarta on Thursday but skipped the gala dinner.")
    assert r.relation != "conflict"
    r = compare("Macron visited Morocco and Tunisia on his May North African tour.",
                "Macron visited only Morocco and Tunisia on his May tour of North Africa.")
    assert r.relation != "conflict"
