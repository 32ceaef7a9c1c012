"""A body named as news describes it is the body (helper pairsconf4): the UN aid office is OCHA,
a country's top (highest, apex) court its Supreme Court (a noun row: "court" stays a word of its own)."""

from workbench.core.match.compare import compare_many, prepared


def _got(a: str, b: str):
    return compare_many([(a, b)], semantic=False)[0]


def test_descriptions_are_written_as_the_body() -> None:
    assert "ocha" in prepared("The UN aid office said the appeal was underfunded")[0].tokens
    assert {"suprem", "court"} <= set(prepared("Pakistan's top court ruled on Monday")[0].tokens)
    assert {"suprem", "court"} <= set(prepared("the country's highest court said")[0].tokens)


def test_the_top_court_ruling_is_the_supreme_court_ruling() -> None:
    got = _got("The Supreme Court ruled that the Sharif brothers were responsible for the power crisis",
               "Pakistan's top court found the Sharifs liable for the country's power crisis")
    assert got.relation == "duplicate"


def test_the_aid_office_figure_is_ochas() -> None:
    got = _got("The humanitarian appeal for Sudan is only 12% funded, OCHA says",
               "The UN aid office said just twelve percent of the humanitarian appeal for Sudan had been funded")
    assert got.relation == "duplicate"
