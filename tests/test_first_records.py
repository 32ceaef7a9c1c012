"""Two firsts told of one person ("the first president of Barbados" / "the first woman to sit on
Barbados' Court of Appeal") are two records, another fact (`match.first_records`), when each names an
office or body the other claim names nowhere; one office in two wordings, or a record naming who is
first and no office ("the first woman to lead Liberia"), stays one record."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare_many
from workbench.core.match.first_records import records_apart

TWO_RECORDS = [
    ("Sirleaf became the first president of post-war Liberia.",
     "Sirleaf was the first woman to sit on the board of Liberia's central bank."),
    ("Marshall became the first Black justice of the Supreme Court.",
     "Marshall was the first Black student to graduate from the law school in Maryland."),
]
ONE_RECORD = [
    ("Sirleaf was the first woman to lead Liberia.", "Sirleaf became Liberia's first female president."),
    ("Lightfoot became the first Black mayor of Chicago.", "Lightfoot was Chicago's first African-American mayor."),
    ("Ardern became the first woman to head the Labour Party.", "Ardern became the Labour Party's first female leader."),
    ("Okafor became the first president of the republic.", "Okafor became the republic's first head of state."),
]


@pytest.mark.parametrize("pair", TWO_RECORDS)
def test_two_firsts_are_two_facts(pair):
    assert records_apart(pair) is not None
    for c in compare_many([pair], semantic=False) + compare_many([pair]):
        assert c.relation != "duplicate", c.reasons


@pytest.mark.parametrize("pair", ONE_RECORD)
def test_one_first_told_two_ways_stays_one(pair):
    assert records_apart(pair) is None
    [c] = compare_many([pair])
    assert c.relation == "duplicate", c.reasons


def test_a_first_of_no_person_is_no_record():
    assert records_apart(("It was the first time a president visited the island.",
                          "It was the first time the court sat on the island.")) is None
