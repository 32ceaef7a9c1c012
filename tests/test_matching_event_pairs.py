"""Issue 11's held-out event pairs, and more of the same four classes in other words, places and
verbs: a capital for its government with a synonym verb, a phrasal verb for a plain one (with
the date written two ways), dates that disagree by day, opposite outcomes. `compare` must give
the right relation on the lexical path (default in tests) and, when the model is installed, on
the semantic path too."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare_many

DUPLICATE, CONFLICT, NOT_DUPLICATE = "duplicate", "conflict", "not a duplicate"

PAIRS = [
    # the four
    ("Moscow has dispatched 40 engineers", "Russia has sent 40 engineers", DUPLICATE),
    ("clashes broke out on 3 March", "the clashes began on March 3", DUPLICATE),
    ("on 3 March", "on March 13", CONFLICT),
    ("the army recaptured the airport", "the army lost the port", NOT_DUPLICATE),
    # a capital standing for its government, a synonym verb
    ("Beijing has deployed 200 troops to the border", "China has sent 200 troops to the border", DUPLICATE),
    ("Tehran freed 12 British sailors", "Iran released 12 British sailors", DUPLICATE),
    ("Washington dispatched two warships to the Gulf", "The United States sent two warships to the Gulf", DUPLICATE),
    ("Ankara has detained 30 journalists", "Turkey has arrested 30 journalists", DUPLICATE),
    # a phrasal verb for a plain one, the date written two ways
    ("Fighting erupted in the city on 5 April", "Fighting broke out in the city on April 5", DUPLICATE),
    ("The interior minister stepped down on 12 June", "The interior minister resigned on June 12", DUPLICATE),
    ("Police called off the search on 2 May", "Police cancelled the search on May 2", DUPLICATE),
    ("The strike started on the 3rd of March", "The strike began on March 3", DUPLICATE),
    # dates that disagree by day
    ("The ceasefire took effect on 7 May", "The ceasefire took effect on May 17", CONFLICT),
    ("The convoy reached Goma on 1 August", "The convoy reached Goma on August 11", CONFLICT),
    ("Voters went to the polls on 21 October 2019", "Voters went to the polls on October 12, 2019", CONFLICT),
    ("The plane crashed on Monday, 6 May", "The plane crashed on Wednesday, 8 May", CONFLICT),
    # opposite outcomes
    ("Rebels captured the town of Kobane", "Rebels lost the town of Kobane", NOT_DUPLICATE),
    ("Rebels seized the airport", "Rebels were driven out of the airport", NOT_DUPLICATE),
    ("The court acquitted the former minister", "The court convicted the former minister", NOT_DUPLICATE),
    ("Shares in the company plunged 5%", "Shares in the company surged 5%", NOT_DUPLICATE),
    ("The bill was passed by the senate", "The bill was defeated in the senate", NOT_DUPLICATE),
    ("The police confirmed the death toll", "The police disputed the death toll", NOT_DUPLICATE),
    ("The garrison surrendered the fort", "The garrison held the fort", NOT_DUPLICATE),
    ("Unemployment went up in March", "Unemployment went down in March", NOT_DUPLICATE),
    # more event verbs told two ways, and more outcomes that are each other's opposite
    ("The talks broke down on 22 September", "The negotiations collapsed on Sept. 22", DUPLICATE),
    ("Lawyers filed an appeal on Monday", "Lawyers lodged an appeal on Monday", DUPLICATE),
    ("The army pulled out of the northern district", "The army withdrew from the northern district", DUPLICATE),
    ("Gunmen kidnapped three foreign engineers", "Three foreign engineers were abducted by gunmen", DUPLICATE),
    ("The militia released the aid workers", "The militia abducted the aid workers", NOT_DUPLICATE),
    ("Inflation accelerated in October", "Inflation slowed in October", NOT_DUPLICATE),
    ("The deficit widened to 4% of GDP", "The deficit narrowed to 4% of GDP", NOT_DUPLICATE),
    ("The storm weakened overnight", "The storm strengthened overnight", NOT_DUPLICATE),
    ("Relations between the two countries improved", "Relations between the two countries deteriorated",
     NOT_DUPLICATE),
    ("The launch succeeded", "The launch failed", NOT_DUPLICATE),
    ("The rebels agreed to a truce", "The rebels refused a truce", NOT_DUPLICATE),
    ("Violence escalated in the south", "Violence eased in the south", NOT_DUPLICATE),
]


def _check(semantic: bool) -> list[str]:
    wrong = []
    for (a, b, want), c in zip(PAIRS, compare_many([(a, b) for a, b, _ in PAIRS], semantic=semantic), strict=True):
        ok = c.relation != DUPLICATE if want == NOT_DUPLICATE else c.relation == want
        if not ok:
            wrong.append(f"{a!r} / {b!r}: {c.relation} ({c.probability}), wanted {want}")
    return wrong


def test_event_pairs_lexical():
    assert _check(semantic=False) == []


def test_event_pairs_semantic(semantic):
    assert _check(semantic=True) == []


@pytest.mark.parametrize(("a", "b"), [
    ("Rebels seized the airport", "Rebels were driven out of the airport"),
    ("Unemployment went up in March", "Unemployment went down in March"),
])
def test_passive_and_phrasal_outcomes_are_read_as_their_verb(a, b):
    c = compare_many([(a, b)], semantic=False)[0]
    assert any(r.startswith("opposite outcomes") for r in c.reasons), c.reasons
