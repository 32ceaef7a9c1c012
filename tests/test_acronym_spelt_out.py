"""An acronym in one claim and the long name it abbreviates in the other are one actor, plain
initials or syllable-style ("SODELPA" / "Social Democratic Liberal Party"), with no table of names."""

from workbench.core.language.initials import spells, spelt_by
from workbench.core.match.compare import compare
from workbench.core.match.spelt_names import spell_out


def test_syllable_style_acronyms_spell_their_names() -> None:
    assert spells("SODELPA", ("Social", "Democratic", "Liberal", "Party"))
    assert spells("NOCMA", ("National", "Oil", "Company", "Malawi"))
    assert spells("ZESCO", ("Zambia", "Electricity", "Supply", "Corporation"))
    assert not spells("KPLC", ("Kenya", "Pipeline", "Company"))
    assert not spells("PDP", ("People", "Democratic", "Movement"))


def test_a_name_is_found_in_the_other_claim() -> None:
    text = "By 16-14, the board of the Social Democratic Liberal Party chose Sitiveni Rabuka's People's Alliance."
    span = spelt_by("SODELPA", text)
    assert span is not None and text[span[0]:span[1]] == "Social Democratic Liberal Party"
    # a person's three names spell a short acronym only by chance
    assert spelt_by("MDC", "Mohamed Diallo Camara called a strike.") is None


def test_spell_out_writes_the_acronym_as_the_name() -> None:
    out = spell_out("KPLC said the fault was at Kiambere.", "Kenya Power and Lighting Company said the fault was at Kiambere.")
    assert out is not None and out[0].startswith("Kenya Power and Lighting Company said")
    # an acronym the tables know keeps its table's meaning
    assert spell_out("The ICC issued a warrant.", "The International Cricket Council issued a warrant.") is None
    assert spell_out("The UN said 40 died.", "The United Kingdom said 40 died.") is None


def test_compare_reads_one_actor() -> None:
    a = "ZESCO cut power to mining firms for eight hours a day."
    b = "The Zambia Electricity Supply Corporation cut power to mining firms for eight hours a day."
    c = compare(a, b)
    assert c.relation == "duplicate"
    assert any("ZESCO = Zambia Electricity Supply Corporation" in r for r in c.reasons)
    c = compare("The Lesotho Highlands Development Authority suspended work on the Polihali dam.",
                "LHDA suspended work on the Polihali dam.")
    assert c.relation == "duplicate"
