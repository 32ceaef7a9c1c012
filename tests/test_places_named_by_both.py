"""A place the other claim names too is no other place, and a place one claim reads after a
preposition is the place of a claim reading it without one (helper pairsconf4): "different places"
needs a place the other claim does not name at all."""

import numpy as np

from workbench.core.match.claim_readings import claim_readings, place_named_elsewhere
from workbench.core.match.compare import compare_many, never_linked, prepared
from workbench.core.match.gate import PairGate, gate_view
from workbench.core.match.place_names import names_written, places_differ_unnamed


def _got(a: str, b: str):
    return compare_many([(a, b)], semantic=False)[0]


def test_two_places_each_claim_names_are_no_other_place() -> None:
    a = "Workers reopened the market at Kilometre 5 on the Bangui road on Friday"
    b = "The Kilometre 5 market on the road to Bangui was shut on Friday, officials said"
    assert places_differ_unnamed("Kilometre", "Bangui", names_written(a), names_written(b)) is None
    got = _got(a, b)
    assert got.relation == "conflict"
    assert not any(r.startswith("different places") for r in got.reasons)


def test_a_place_the_other_does_not_name_still_sets_the_claims_apart() -> None:
    a = "Shelling in Hama killed 12 Idlib residents on Friday"
    b = "Shelling in Idlib killed 12 residents on Friday"
    assert places_differ_unnamed("Hama", "Idlib", names_written(a), names_written(b)) == "different places: Hama / Idlib"
    assert _got(a, b).relation != "duplicate"


def test_the_matching_gate_reads_places_named_by_both_as_compare_does() -> None:
    a = "Workers reopened the market at Kilometre 5 on the Bangui road on Friday"
    b = "The Kilometre 5 market on the road to Bangui was shut on Friday, officials said"
    c = "The market in Bimbo was shut on Friday"
    views = [gate_view(t, prepared(t)[0], None, None) for t in (a, b, c)]
    assert not never_linked(views[0], views[1])
    assert never_linked(views[0], views[2])


def test_a_place_read_without_a_preposition_is_the_other_claims_place() -> None:
    a, b = "Schools in Goma reopened on 12 March", "Schools reopened in flood-hit Goma on 12 March"
    assert place_named_elsewhere(claim_readings(a, a), claim_readings(b, b))
    c = "Schools in Goma and Bukavu reopened on 12 March"  # a claim naming places of its own: not so read
    assert not place_named_elsewhere(claim_readings(c, c), claim_readings(a, a))
    d = "Around Goma, schools reopened on 12 March"  # named in passing, no place read: not enough
    assert not place_named_elsewhere(claim_readings(a, a), claim_readings(d, d))


def test_a_retelling_naming_the_place_without_a_preposition_is_one_fact() -> None:
    got = _got("Nairobi has dispatched two cargo planes carrying aid to flood-hit Garissa",
               "Kenya sent two transport aircraft loaded with relief supplies to Garissa after the floods")
    assert got.relation == "duplicate"


def test_the_memoised_gate_answers_as_never_linked_for_places_named_by_both() -> None:
    """`PairGate.may_link_many` checks named places only for candidates whose place a claim names."""
    texts = ["Workers reopened the market at Kilometre 5 on the Bangui road on Friday",
             "The Kilometre 5 market on the road to Bangui was shut on Friday, officials said",
             "The market in Bimbo was shut on Friday",
             "The market in Bangui was shut on Friday",
             "Shelling in Kilometre 5 killed 3 people on Friday"]
    views = [gate_view(t, prepared(t)[0], None, None) for t in texts]
    gate = PairGate(views)
    for i in range(len(texts)):
        js = np.array([j for j in range(len(texts)) if j != i])
        want = [not never_linked(views[i], views[j]) for j in js]
        assert gate.may_link_many(i, js).tolist() == want
        assert [not (gate.never_linked(i, j) or gate.rest_differ(i, j)) for j in js.tolist()] == want
