"""An investigation opened, a petition's signatures and a limit, each told in two idioms, are one
statement (`language.procedures`; helper dup137)."""

from workbench.core.match import knowledge
from workbench.core.match.compare import compare


def test_a_case_opened_is_an_investigation_launched() -> None:
    c = compare("Federal police opened an inquiry into the sinking of the ferry.",
                "An investigation into the ferry's sinking was launched by the authorities.")
    assert c.relation == "duplicate"
    # opening and closing a criminal case stay opposites of one thing
    c = compare("Prosecutors in Kyiv opened a criminal case over the shelling of the dam.",
                "Prosecutors in Kyiv closed the criminal case over the shelling of the dam.")
    assert c.relation != "duplicate"
    # a legal case launched is a lawsuit, no investigation
    assert "investigation" not in knowledge.rewritten("The union launched a legal case against the firm.")[0]


def test_signatures_gathered_are_people_who_signed() -> None:
    c = compare("More than 200,000 people have signed a petition demanding that the zoo be closed.",
                "A petition calling for the zoo's closure has gathered over 200,000 signatures.")
    assert c.relation == "duplicate"
    c = compare("About 50,000 people signed a petition urging the council to save the library.",
                "A petition to save the library collected some 5,000 signatures, the council said.")
    assert c.relation != "duplicate"


def test_a_cap_is_a_limit() -> None:
    said = knowledge.rewritten("The ministry will cap the catch of cod at 20,000 tonnes.")[0]
    assert "limit the catch of cod to 20,000" in said
    assert "a limit of" in knowledge.rewritten("The ministry imposed a cap of 3 percent on rent increases.")[0]
    # a cap named as a noun before "at" is no verb
    assert "limit" not in knowledge.rewritten("The league kept the salary cap at 100 million dollars.")[0]
