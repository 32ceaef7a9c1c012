"""Rates and indicators are members of one kind (`language.kinds`, "<rates>"): the same share
told of inflation and of unemployment is two facts, while a rate told in another of its names is
one (invented sentences)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize(("a", "b"), [
    ("Inflation in Malawi rose to 32 percent in March", "Unemployment in Malawi rose to 32 percent in March"),
    ("Turnout in Togo's legislative elections was 61 percent", "Togo's poverty rate was 61 percent, the World Bank said"),
    ("The central bank raised interest rates to 15% on Thursday", "Economic growth slowed to 15% on Thursday"),
])
def test_two_rates_are_two_facts(a: str, b: str) -> None:
    assert compare(a, b).relation != "duplicate"


def test_a_rate_in_another_of_its_names_is_one_fact() -> None:
    assert compare("Inflation in Malawi rose to 32 percent in March",
                   "Consumer prices in Malawi rose 32 percent in March").relation == "duplicate"
    assert compare("The central bank raised interest rates to 15% on Thursday",
                   "The central bank raised its key rate to 15 percent on Thursday").relation == "duplicate"
