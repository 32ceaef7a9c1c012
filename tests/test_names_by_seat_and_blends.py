"""A body named three other ways (sets 157-160): its acronym against a long name in a sentence
full of names (no headline), a name blended into one word ("LuxLeaks" / "Luxembourg Leaks"), a
court named by the city it sits in ("the Strasbourg court" / "the ECHR")."""

from workbench.core.figures.shouting import headline, titled
from workbench.core.language.initials import blended_by
from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewritten
from workbench.core.match.spelt_names import spell_out

LONG = "The Organized Crime and Corruption Reporting Project released the Suisse Secrets documents in February 2022."


def test_a_sentence_full_of_names_is_no_headline() -> None:
    assert headline(LONG) and not titled(LONG)  # "released", "documents" in lower case
    assert titled("Police Force Arrests Two After Brawl At Wembley Stadium")
    out = spell_out("The OCCRP published the Suisse Secrets files in February 2022.", LONG)
    assert out is not None and out[0].startswith("The Organized Crime and Corruption Reporting Project published")
    # a Title Case headline's capitalised words are no name an acronym spells
    assert spell_out("The PFA said two men were arrested.", "Police Force Arrests Two After Brawl At Wembley Stadium") is None


def test_a_blended_name_is_the_words_written_out() -> None:
    text = "National Westminster Bank closed 40 branches."
    span = blended_by("NatWest", text)
    assert span is not None and text[span[0]:span[1]] == "National Westminster"
    assert blended_by("NatWest", "National Australia Bank closed 40 branches.") is None
    assert blended_by("ConEd", "Consumers Energy restored power.") is None
    out = spell_out("The SwissLeaks files were published.", "The Swiss Leaks documents were released.")
    assert out is not None and "Swiss Leaks files" in out[0] and "SwissLeaks = Swiss Leaks" in out[2]


def test_a_court_named_by_its_seat() -> None:
    assert rewritten("The Strasbourg court ruled.")[0] == rewritten("ECHR ruled.")[0]
    assert rewritten("the Luxembourg-based court ruled")[0] == rewritten("CJEU ruled")[0]
    # "a Strasbourg court" is a French court of that city
    assert rewritten("A Strasbourg court jailed him.")[0] == "A Strasbourg court jailed him."
    c = compare("The Strasbourg court ordered Poland to pay each of the judges 15,000 euros.",
                "Poland was told by the ECtHR to pay 15,000 euros to each of the judges.")
    assert c.relation == "duplicate"
    c = compare("The Strasbourg court ruled against Turkey over Demirtas's detention.",
                "The International Court of Justice ruled against Turkey over Demirtas's detention.")
    assert c.relation != "duplicate"


def test_compare_reads_the_acronym_in_a_sentence_full_of_names() -> None:
    c = compare("The OCCRP published the Suisse Secrets files in February 2022.", LONG)
    assert c.relation == "duplicate"



def test_a_court_named_by_its_seat_and_what_it_judges() -> None:
    c = compare("The European Court of Human Rights ruled on Monday that Russia had violated Navalny's rights.",
                "Russia breached Alexei Navalny's rights, the Strasbourg-based human rights court found on Monday.")
    assert any("the Strasbourg-based human rights court = European Court of Human Rights" in r for r in c.reasons)
