"""A request to act dismissed, rejected or thrown out is the act refused (`language.paraphrases`):
"dismissed a petition seeking to force the council to ..." is "refused to order the council to
...", which denies "ordered the council to ..."; a plain appeal dismissed stays as written."""

from __future__ import annotations

from workbench.core.language.paraphrases import rewrite_paraphrases
from workbench.core.match.compare import compare


def test_the_request_refused_is_read():
    assert rewrite_paraphrases("The court rejected an application seeking to halt the demolitions.", []) \
        == "The court refused to halt the demolitions."
    assert "refused to order" in rewrite_paraphrases(
        "Judges threw out a lawsuit that sought to compel the ministry to publish the report.", [])
    # no request in a plain appeal: nothing refused, the appeal dismissed read as rejected (`object_outcomes`)
    assert rewrite_paraphrases("The court dismissed the appeal.", []) == "The court rejected the appeal."


def test_an_order_against_the_request_dismissed_is_a_conflict():
    assert compare("The Supreme Court ordered Nairobi's county government to reopen the Gikomba market within a week.",
                   "The Supreme Court dismissed a petition seeking to force Nairobi's county government to reopen "
                   "the Gikomba market.").relation == "conflict"
