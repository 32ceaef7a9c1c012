"""Regional blocs are international bodies (`actors.INTERNATIONAL_BODIES`): two blocs saying the same
words are two sayers; a bloc and its long name are one (`match.doers.sayers_apart`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.doers import other_sayer


@pytest.mark.parametrize("a, b", [
    ("SADC observers said the vote fell short of constitutional standards.",
     "African Union observers said the vote fell short of constitutional standards."),
    ("Arab League envoys said the ceasefire was holding.", "European Union envoys said the ceasefire was holding."),
    ("The OAS said the election in Bolivia had been marred by irregularities.",
     "The European Union said the election in Bolivia had been marred by irregularities."),
])
def test_two_blocs_saying_the_same_words_are_two_sayers(a: str, b: str) -> None:
    assert other_sayer(a, b) is not None
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any(r.endswith(": a different fact") for r in c.reasons)


@pytest.mark.parametrize("a, b", [
    ("SADC observers said the vote fell short of constitutional standards.",
     "Observers from the Southern African Development Community said the vote fell short of constitutional standards."),
    ("The Arab League said the ceasefire in Gaza was holding.", "The League of Arab States said the truce in Gaza was holding."),
    # two officials of one government stating its position stay one fact (`two_views.tsv`)
    ("Erdogan said Turkey would not block Sweden's bid to join NATO.",
     "Fidan said Ankara would not block Sweden's bid to join NATO."),
])
def test_a_bloc_and_its_long_name_are_one_sayer(a: str, b: str) -> None:
    assert other_sayer(a, b) is None
    assert compare(a, b).relation == "duplicate"
