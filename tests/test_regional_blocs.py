"""The regional blocs of the Pacific, the Gulf and the Caribbean told by their kind (helper dup129, sets
129-132 read): "the regional bloc" is the Pacific Islands Forum, the Gulf Cooperation Council or CARICOM
the other claim names, as it is ASEAN or ECOWAS; a cartel named in the other claim stays another body."""

from __future__ import annotations

from workbench.core.match.bodies_by_kind import bodies_apart, body_by_kind
from workbench.core.match.compare import compare


def test_the_bloc_is_the_body_named() -> None:
    hit = body_by_kind("After the island's exit, the regional bloc counts seventeen member states.",
                       "The exit leaves the Pacific Islands Forum with 17 members.")
    assert hit is not None and hit[0].startswith("After the island's exit, the Pacific Islands Forum counts")
    assert body_by_kind("Bahrain hosted the GCC summit.", "Bahrain hosted the bloc's summit.") is not None
    assert bodies_apart("Qatar left OPEC in January 2019.", "In January 2019, Qatar left the regional bloc.")


def test_duplicates_told_by_kind() -> None:
    assert compare("The departure leaves the Pacific Islands Forum with 17 members.",
                   "After the departure, the regional bloc counts seventeen member states.").relation == "duplicate"


def test_hard_negatives_keep_their_answer() -> None:
    assert compare("Qatar left OPEC in January 2019.", "In January 2019, Qatar left the regional bloc.").relation != "duplicate"
