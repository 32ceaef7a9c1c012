"""Acts told as a noun (helper dup129, sets 129-132 read): an exit announced with its noun ("announced
its withdrawal from") is the exit, told as announced done; a recognition switched from one state to
another is ties with the first cut and the second recognised. A withdrawal "of" a thing, a planned
one and a switch of anything but recognition stay as written."""

from __future__ import annotations

from workbench.core.language.told_otherwise import rewrite_told_otherwise
from workbench.core.match.compare import compare


def _told(text: str) -> str:
    return rewrite_told_otherwise(text, [])


def test_phrases_are_written_one_way() -> None:
    assert _told("Nicaragua announced its withdrawal from the OAS.") == "Nicaragua announced that it withdrew from the OAS."
    assert _told("The president announced the country's withdrawal from the bloc.") \
        == "The president announced that the country withdrew from the bloc."
    assert _told("The ministry announces Russia's exit from the council.") \
        == "The ministry announces that Russia left the council."
    assert _told("The minister announced his resignation as party leader.") \
        == "The minister announced that he resigned as party leader."
    assert _told("Honduras switched diplomatic recognition from Taipei to Beijing in March.") \
        == "Honduras disconnect diplomatic ties with Taipei and recognised Beijing in March."
    assert _told("Nauru is switching recognition from Taiwan to China.") \
        == "Nauru is disconnect ties with Taiwan and recognising China."
    # stays: a withdrawal of a thing, a planned one, an exit not announced, a switch of another thing
    for text in ("Mali announced the withdrawal of French troops.", "Mali announced its planned withdrawal from the force.",
                 "Mali threatened its withdrawal from the force.", "The club switched its sponsor from Nike to Adidas."):
        assert _told(text) == text


def test_duplicates_told_with_a_noun() -> None:
    assert compare("Nicaragua withdrew from the Organization of American States in November 2023.",
                   "In November 2023, Nicaragua announced its withdrawal from the Organization of American States.") \
        .relation == "duplicate"
    assert compare("Russia has withdrawn from the Council of Europe, the foreign ministry said.",
                   "The Russian foreign ministry announced Russia's withdrawal from the Council of Europe.") \
        .relation == "duplicate"
    assert compare("Honduras switched diplomatic recognition from Taipei to Beijing in March 2023.",
                   "In March 2023, Honduras cut diplomatic ties with Taiwan and recognised China.").relation == "duplicate"


def test_hard_negatives_keep_their_answer() -> None:
    # ties kept against a switch of recognition, written as ties cut: a conflict, as on main
    assert compare("Prime Minister Feliti Teo confirmed that Tuvalu would keep its diplomatic ties with Taiwan.",
                   "Tuvalu's new prime minister Feliti Teo said the country would switch diplomatic recognition "
                   "from Taiwan to Beijing.").relation == "conflict"
    assert compare("The utility kept power supplies to the hospital running.",
                   "The utility cut off power supplies to the hospital.").relation != "duplicate"
    assert compare("The health minister announced his resignation on Friday.",
                   "On Friday the health minister rejected calls for his resignation.").relation != "duplicate"
    assert compare("Nauru switched recognition from Taiwan to China in January 2024.",
                   "In January 2024, Tuvalu reaffirmed its recognition of Taiwan.").relation != "duplicate"
