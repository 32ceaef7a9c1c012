"""Fighters who surrendered were not detained: surrender is an event of its own (helper group20k)."""

from workbench.core.match.compare import compare_many


def _got(a: str, b: str):
    return compare_many([(a, b)], semantic=False)[0]


def test_surrendered_is_not_detained() -> None:
    got = _got("On 17 March, government forces detained about 85 al-Shabaab fighters in Baidoa.",
               "An estimated 85 al-Shabaab militants surrendered to government forces on 17 March in Baidoa.")
    assert got.relation != "duplicate"
    assert any(r.startswith("different events") for r in got.reasons)


def test_handed_themselves_over_is_surrendered() -> None:
    got = _got("About 85 al-Shabaab fighters handed themselves over to the army in Baidoa on 17 March.",
               "An estimated 85 al-Shabaab militants surrendered to government forces on 17 March in Baidoa.")
    assert got.relation == "duplicate"
