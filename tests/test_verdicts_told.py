"""Helper dup161a (sets 161-164): a verdict, a claim for money, an age, a chamber, ending and handing
over told two ways (`language.verdicts_told`, rows of `language.verbs.VERB_SYNONYMS`)."""

from __future__ import annotations

from workbench.core.language.verdicts_told import rewrite_verdicts_told
from workbench.core.match import knowledge
from workbench.core.match.compare import compare


def _rw(text: str) -> str:
    return knowledge.rewritten(text)[0]


def test_called_illegal_is_said_to_be_illegal() -> None:
    assert rewrite_verdicts_told("The union called the ban unlawful.", []) == "The union said the ban was illegal."
    assert rewrite_verdicts_told("He calls the new rules illegal.", []) == "He says the new rules are illegal."
    assert rewrite_verdicts_told("She branded them false.", []) == "She said they were false."


def test_called_on_and_a_description_stay() -> None:
    for text in ("The union called on the government to lift the ban.", "The mayor called the protest peaceful.",
                 "The court declared the contract unconstitutional."):
        assert rewrite_verdicts_told(text, []) == text


def test_sue_for_damages_and_age_and_chamber() -> None:
    assert rewrite_verdicts_told("They will sue the state for damages.", []) == "They will seek damages from the state."
    assert rewrite_verdicts_told("The 70-year-old Henri spoke.", []) == "Henri, 70, spoke."
    assert rewrite_verdicts_told("The 70-year-old man spoke.", []) == "The 70-year-old man spoke."
    assert "chamber of parliament" in rewrite_verdicts_told("He spoke before the Chamber of Deputies.", [])


def test_verb_rows() -> None:
    assert "ended" in _rw("The strike came to an end on Friday.")
    assert "transfer" in _rw("He said it was time to pass the torch.")
    assert "swear in" in _rw("She took the constitutional oath on Monday.")
    assert "descend" in _rw("The climbers came down from the summit.")
    assert _rw("The firm would claim damages.") == _rw("The firm would seek compensation.")
    assert "claimed" not in _rw("Sarkozy to File Complaint in Gadhafi Funding Claim")


def test_pairs_lexical() -> None:
    assert compare("Airline boss Michael O'Leary said the strike was unlawful and that Ryanair would seek "
                   "compensation from the unions.",
                   "Ryanair, headed by Michael O'Leary, called the walkout illegal and said it would claim "
                   "damages from the unions.").relation == "duplicate"
    assert compare("The families said they would claim damages from the hospital.",
                   "The hospital said it would not pay damages to the families.").relation != "duplicate"
