"""Matching's garbage-collector settings (`blocking.frozen_heap`) and the decision's list path:
both must leave results and the process as they were."""

import gc
import threading

from workbench.core.match import decision
from workbench.core.match.blocking import GC_YOUNG, frozen_heap
from workbench.core.match.compare import compare


def test_frozen_heap_nests_and_restores_the_collector() -> None:
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    with frozen_heap():
        assert gc.get_threshold()[0] == max(GC_YOUNG, before[0])
        assert gc.get_freeze_count() > frozen
        with frozen_heap():
            kept = [object()]  # noqa: F841  (alive while the inner use freezes)
            assert gc.get_threshold()[0] == max(GC_YOUNG, before[0])
        assert gc.get_threshold()[0] == max(GC_YOUNG, before[0])  # the inner end restores nothing
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_frozen_heap_overlapping_threads_restore_once() -> None:
    before = gc.get_threshold()
    entered, release = threading.Event(), threading.Event()

    def other() -> None:
        with frozen_heap():
            entered.set()
            release.wait(5)

    t = threading.Thread(target=other)
    with frozen_heap():
        t.start()
        entered.wait(5)
    assert gc.get_threshold()[0] == max(GC_YOUNG, before[0])  # the other use is still open
    release.set()
    t.join(5)
    assert gc.get_threshold() == before


def _reference(features: dict[str, float], semantic: bool) -> tuple[float, float]:
    """The decision as first written: a sum over the nonzero features by name, clash features and
    the says-more features' excess over their twins left out of `p_same`."""
    w = decision.model().coef["semantic" if semantic else "lexical"]
    z = clash = 0.0
    for k, name in enumerate(decision.FEATURES):
        v = features.get(name)
        if v:
            z += w[k] * v
            if name in decision.CLASH_FEATURES:
                clash += w[k] * v
        twin = decision.SAYS_MORE_FEATURES.get(name)
        if twin is not None:
            clash += w[k] * ((v or 0.0) - features.get(twin, 0.0))
    return decision._sigmoid(z + w[-1]), decision._sigmoid(z - clash + w[-1])


def test_probabilities_in_model_order_are_the_sums_by_name_to_the_bit() -> None:
    for a, b in [("Police arrested 120 protesters in Athens on Monday.",
                  "Police detained 125 demonstrators in Athens on Monday."),
                 ("The army recaptured the airport.", "The army lost the port."),
                 ("Some 500,000 people fled their homes.", "Half a million Iraqis have fled.")]:
        c = compare(a, b, cosine=0.7)
        x = [c.features[name] for name in decision.FEATURES]
        for semantic in (False, True):
            assert decision.probabilities_of(x, semantic=semantic) == _reference(c.features, semantic)
            assert decision.probabilities(c.features, semantic=semantic) == _reference(c.features, semantic)
