"""Two offices of state as doers are two facts (`language.actors.OFFICES`, `match.doers`), while
two wordings of one office, or an office and its holder's name, stay one doer."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


def _doer_reason(a: str, b: str) -> str | None:
    return next((r for r in compare(a, b).reasons if r.startswith("another doer")), None)


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("The army chief resigned on Tuesday.", "The finance minister resigned on Tuesday.",
     "army chief / finance minister"),
    ("The foreign minister arrived in Nairobi on Sunday for talks on the ceasefire.",
     "The defence minister arrived in Nairobi on Sunday for talks on the ceasefire.",
     "foreign minister / defence minister"),
    ("The governor ordered 2,000 residents to evacuate on Friday.",
     "The mayor ordered 2,000 residents to evacuate on Friday.", "governor / mayor"),
    ("Kenya's president dissolved the electoral commission on 4 March.",
     "Ethiopia's prime minister dissolved the electoral commission on 4 March.", "president / prime minister"),
    ("The interior minister banned opposition rallies in the capital on Saturday.",
     "The police chief banned opposition rallies in the capital on Saturday.", "interior minister / police chief"),
    ("The central bank governor raised the main lending rate to 9% on Thursday.",
     "The finance minister raised the main lending rate to 9% on Thursday.", "central bank governor / finance minister"),
    ("The UN envoy suspended the peace talks in Geneva on 2 June.",
     "The secretary-general suspended the peace talks in Geneva on 2 June.", "UN envoy / secretary general"),
])
def test_two_offices_are_two_doers(a: str, b: str, reason: str) -> None:
    for x, y, (left, right) in [(a, b, reason.split(" / ")), (b, a, reason.split(" / ")[::-1])]:
        assert _doer_reason(x, y) == f"another doer: {left} / {right}: a different fact"
        assert compare(x, y).relation != "duplicate"


def test_one_office_of_two_countries_is_two_doers() -> None:
    # one office: the countries' names tell the two doers apart, not the office
    a = "Kenya's president dissolved the electoral commission on 4 March."
    b = "Ethiopia's president dissolved the electoral commission on 4 March."
    for x, y in [(a, b), (b, a)]:
        assert compare(x, y).relation != "duplicate"
        assert _doer_reason(x, y) is None


@pytest.mark.parametrize(("a", "b"), [
    # an office and its holder's name
    ("The president dissolved parliament on 12 April.", "President Ruto dissolved parliament on 12 April."),
    # two wordings of one office
    ("The foreign minister recalled the ambassador to Paris on Monday.",
     "The top diplomat recalled the ambassador to Paris on Monday."),
    ("The defence secretary ordered 500 troops to the border on 3 May.",
     "The defense minister ordered 500 troops to the border on 3 May."),
    # "chief of staff" inside "army chief of staff" is the army chief
    ("The army chief of staff suspended 12 officers on Friday.", "The army chief suspended 12 officers on Friday."),
    # a bare "minister" may be any minister
    ("The minister closed 40 schools in the north on Monday.",
     "The education minister closed 40 schools in the north on Monday."),
])
def test_one_office_stays_one_doer(a: str, b: str) -> None:
    for x, y in [(a, b), (b, a)]:
        assert _doer_reason(x, y) is None
        assert compare(x, y).relation == "duplicate"
