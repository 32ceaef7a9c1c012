"""An act done when an office began is another fact than a later act (`match.office_start`)."""

from workbench.core.match.compare import compare
from workbench.core.match.office_start import office_start_apart


def test_backed_at_start_then_moved_against():
    a = "The Liberal party voted to oust the coalition government."
    b = "The Liberal party had joined the coalition government when it was sworn in last year."
    assert office_start_apart("the liberal party voted to oust the coalition government",
                              "the liberal party had joined the coalition government when it was swear in last year")
    assert compare(a, b).relation != "duplicate"


def test_same_stance_stays_one_fact():
    assert compare("The Greens had supported Hartmann's cabinet when it took office in March.",
                   "The Greens backed Hartmann's cabinet when it was sworn in in March.").relation == "duplicate"
    assert compare("The Greens had supported Hartmann's cabinet when it took office in March.",
                   "The Greens supported Hartmann's cabinet in March.").relation == "duplicate"
