"""Look-alike events: two real events told in the same words are not one claim.

The project below mimics an ECB+ topic: two pirate captures in the Gulf of Aden by the Indian
Navy (ships "Mysore" and "Sukanya"), each told by several outlets, plus two jewellery heists in
Paris whose short articles name almost nothing.
"""

from __future__ import annotations

from collections import Counter

from workbench.core.match import events
from workbench.core.match.compare import compare
from workbench.core.match.events import EventContext, distinctive, entity_weights, same_event, two_stories

COMMON = ["indian", "navy", "gulf", "aden", "somali"]


def _article(k: int, *names: str) -> EventContext:
    return EventContext(article_id=k, entities=Counter({n: 2 for n in [*COMMON, *names]}))


def _project() -> tuple[list[EventContext], dict[str, float]]:
    mysore = [_article(k, "mysore", "gibe", "salahuddin", "tabar", "yemeni") for k in range(4)]
    sukanya = [_article(10 + k, "sukanya", "nambiar", "mumbai", "corridor", "transit") for k in range(4)]
    arts = mysore + sukanya
    return arts, entity_weights(arts)


def test_names_in_most_articles_are_no_evidence_of_one_event():
    arts, w = _project()
    assert w.articles == 8
    assert not distinctive("indian", w) and distinctive("mysore", w)
    mysore, mysore2, sukanya = arts[0], arts[1], arts[4]
    ok, reasons = same_event(mysore, mysore2, w)
    assert ok is True and "mysore" in reasons[0] and "indian" not in reasons[0]
    # only the topic's common names shared: not known to be the same event (before, True)
    assert same_event(mysore, sukanya, w)[0] in (None, False)
    # a project too small to tell common from distinctive names
    few = [_article(1, "mysore"), _article(2, "sukanya")]
    assert distinctive("indian", entity_weights(few))


def test_claims_without_an_anchor_are_not_linked_across_articles_of_unknown_event():
    arts, w = _project()
    mysore, mysore2, sukanya = arts[0], arts[1], arts[4]
    short = EventContext(article_id=20, entities=Counter(["indian", "navy", "somali"]))  # too few names to tell
    a, b = "The pirates escaped.", "The pirates tried to flee."
    assert compare(a, b).relation == "duplicate"  # outside a project: the words decide
    assert same_event(mysore, short, w)[0] is None
    c = compare(a, b, context_a=mysore, context_b=short, entity_weights=w)
    assert c.relation == "related" and any("share no distinctive name" in r for r in c.reasons)
    assert compare(a, b, context_a=mysore, context_b=sukanya, entity_weights=w).relation == "related"
    assert compare(a, b, context_a=mysore, context_b=mysore2, entity_weights=w).relation == "duplicate"


def test_a_shared_name_figure_or_date_of_their_own_still_links_claims_of_unknown_event():
    unknown_a, unknown_b = EventContext(article_id=1, entities=Counter(["paris"])), EventContext(article_id=2)
    assert same_event(unknown_a, unknown_b)[0] is None
    pairs = [
        ("Thieves robbed the Harry Winston store.", "The Harry Winston store was robbed by thieves."),
        ("Thieves made off with 102 million dollars.", "Robbers made off with 102 million dollars."),
        ("Thieves struck on 4 December.", "Robbers struck on December 4."),
    ]
    for a, b in pairs:
        assert compare(a, b, context_a=unknown_a, context_b=unknown_b).relation == "duplicate", (a, b)


def test_a_figure_clash_across_articles_of_unknown_event_is_no_conflict():
    unknown_a, unknown_b = EventContext(article_id=1, entities=Counter(["paris"])), EventContext(article_id=2)
    a, b = "Jewellery worth £1.7m has been stolen.", "Jewellery worth more than $160 million has been stolen."
    assert compare(a, b).relation == "conflict"  # one event assumed: two versions of the haul
    c = compare(a, b, context_a=unknown_a, context_b=unknown_b)
    assert c.relation == "related"
    arts, w = _project()
    c = compare("Marine commandos captured 23 pirates.", "Marine commandos captured 26 pirates.",
                context_a=arts[0], context_b=arts[1], entity_weights=w)
    assert c.relation == "conflict"  # one event (the articles share Mysore, Gibe ...): a conflict


def test_one_events_coverage_is_the_same_event_though_every_article_names_the_same_things():
    # a project about one capture only: its names are in every article (none distinctive), and
    # no two frequent names are kept apart, so there are not two stories
    arts = [_article(k, "mysore", "gibe", "salahuddin", "tabar") for k in range(8)]
    w = entity_weights(arts)
    assert not distinctive("mysore", w)
    ok, reasons = same_event(arts[0], arts[1], w)
    assert ok is True and reasons
    c = compare("The pirates escaped.", "The pirates tried to flee.", context_a=arts[0], context_b=arts[1],
                entity_weights=w)
    assert c.relation == "duplicate"


def test_the_two_stories_memo_is_bounded_and_forgetting_changes_no_answer(monkeypatch):
    # a 100k-claim project asks about millions of article pairs: the memo must not grow with them
    arts, w = _project()
    expected = {(a.article_id, b.article_id): two_stories(a, b, w) for a in arts for b in arts}
    assert expected[(0, 10)] and not expected[(0, 1)]
    monkeypatch.setattr(events, "STORY_MEMO_MAX", 3)
    arts, w = _project()
    for _ in range(2):
        for a in arts:
            for b in arts:
                assert two_stories(a, b, w) == expected[(a.article_id, b.article_id)]
                assert len(w._stories) <= 3
