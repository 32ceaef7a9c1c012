"""A court refusing to strike a thing down upholds it (`language.paraphrases`, helper dup93):
"refused on April 3 to annul the act" is "upheld the act", so it agrees with "upheld" and
clashes with "annulled"; a refusal of another act or of another thing is left as it was."""

from __future__ import annotations

import pytest

from workbench.core.language.paraphrases import rewrite_paraphrases
from workbench.core.match.compare import compare, compare_many


def test_the_refusal_is_read_as_upheld():
    assert rewrite_paraphrases("The court refused to annul the vote.", []) == "The court upheld the vote."
    assert rewrite_paraphrases("The court declined on May 12, 2024 to overturn the ban.", []) \
        == "The court upheld on May 12, 2024 the ban."
    assert rewrite_paraphrases("The court refused to release him on bail.", []) \
        == "The court refused to release him on bail."


@pytest.mark.parametrize("semantic", [False, True])
def test_refused_to_quash_is_upheld(semantic):
    [c] = compare_many([("The appeals court upheld his conviction for fraud.",
                         "The appeals court refused to quash his fraud conviction.")], semantic=semantic)
    assert c.relation == "duplicate"


def test_refused_to_annul_against_annulled_is_a_conflict():
    assert compare("Kenya's High Court annulled the election result on Monday.",
                   "Kenya's High Court declined on Monday to annul the election result.").relation == "conflict"


def test_another_vote_stays_apart():
    assert compare("The court refused to annul the vote in Goma.",
                   "The court annulled the vote in Bukavu.").relation != "duplicate"
