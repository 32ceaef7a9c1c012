"""Herders who "lost 1,200 livestock" saw them die (helper group20k): not animals vaccinated."""

from workbench.core.language.phrases import rewrite_phrases
from workbench.core.match.compare import compare_many


def _got(a: str, b: str):
    return compare_many([(a, b)], semantic=False)[0]


def test_livestock_lost_died() -> None:
    got = _got("Pastoralists lost one thousand two hundred livestock in Galkayo on 10 March.",
               "An estimated 1,200 head of livestock were vaccinated in Galkayo district on 10 March.")
    assert got.relation != "duplicate"
    assert _got("Pastoralists lost 1,200 livestock in Galkayo on 10 March.",
                "1,200 livestock died in Galkayo on 10 March.").relation == "duplicate"


def test_other_losses_stay() -> None:
    for text in ("Herders lost control of 300 camels.", "The army lost 300 soldiers.", "The shares lost 3%."):
        assert rewrite_phrases(text, []) == text
    assert rewrite_phrases("Farmers lost some 300 head of cattle.", []) == "Farmers died some 300 head of cattle."
