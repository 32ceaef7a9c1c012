"""One span after one event told by both claims anchors them as a day does
(`match.spans_after`, read by `figure_anchors.figures_floor`; helper dup155)."""

from workbench.core.figures import quantities_of
from workbench.core.figures.compare import pair_figures
from workbench.core.match.claim_view import claim_view
from workbench.core.match.compare import compare, prepared
from workbench.core.match.spans_after import one_span_after


def _spans(a: str, b: str) -> bool:
    views = (claim_view(a, prepared(a)[0]), claim_view(b, prepared(b)[0]))
    return one_span_after(pair_figures(quantities_of(a), quantities_of(b)), a, b, views)


def test_span_after_one_mishap_anchors() -> None:
    a = "Ferry services on the affected route resumed about 40 hours after the collision, the transport minister said."
    b = "Officials said ferries were running again on the crossing 40 hours after the accident."
    assert _spans(a, b)
    c = compare(a, b)
    assert c.relation == "duplicate"
    assert any("one span after one event" in r for r in c.reasons)


def test_other_acts_or_events_do_not_anchor() -> None:
    # another act at the same time after one event
    assert not _spans("Rescue teams reached the trapped miners two days after the blast.",
                      "The mine flooded two days after the blast, trapping more miners.")
    # another event
    assert not _spans("Services resumed 40 hours after the collision.", "Services resumed 40 hours after the storm.")
    # years after an event are an era, no moment
    assert not _spans("The town was rebuilt two years after the war.", "The town was rebuilt two years after the war.")


def test_a_moment_after_the_event_is_no_fact_of_its_own() -> None:
    """Stop 52, at the merge: a span after an event ties two claims only as one act of one doer."""
    assert compare("Greek Prime Minister Kyriakos Mitsotakis visited the burnt village of Mati two days after the fire.",
                   "Two days after the fire, Mitsotakis sacked the head of the fire brigade.").relation != "duplicate"
    assert compare("US President Joe Biden visited the flooded town of Lahaina on Monday, a week after the fire.",
                   "A week after the fire, Obama visited the flooded town of Lahaina.").relation != "duplicate"
    assert compare("German Chancellor Olaf Scholz visited the devastated village of Schuld on 18 July, three days after the flood.",
                   "Three days after the floods, Scholz toured the battered Ahr valley village of Schuld.").relation == "duplicate"
