"""A mistyped word is embedded as the word meant (`Embedder.as_meant`, `language.slips.meant_word`):
the tokenizer would cut "witneses" into pieces that mean something else, and a retelling with a
typo would drift from its fact. Only slips of the model's own whole words are read so; names stay
as written."""

from __future__ import annotations

import numpy as np

from workbench.core.language.slips import meant_word

WORDS = frozenset(["witnesses", "witness", "killed", "thousand", "nearly", "protest", "protects", "arrested",
                   "wounded", "homes"])


def test_a_slip_is_read_as_the_one_word_it_can_be():
    assert meant_word("witneses", WORDS) == "witnesses"  # a dropped letter
    assert meant_word("thousnad", WORDS) == "thousand"  # two letters swapped
    assert meant_word("neraly", WORDS) == "nearly"
    assert meant_word("woundded", WORDS) == "wounded"  # a letter doubled
    assert meant_word("arested", WORDS) == "arrested"


def test_no_guess_when_the_word_is_known_ambiguous_short_or_another_kind_of_change():
    assert meant_word("witness", WORDS) is None  # a word of its own
    assert meant_word("protets", WORDS) is None  # "protest" or "protects"
    assert meant_word("homs", WORDS) is None  # too short to tell
    assert meant_word("kilted", WORDS) is None  # a letter replaced makes other words
    assert meant_word("xwitnesses", WORDS) is None  # never a first letter added


def test_the_model_reads_a_slip_as_the_word_meant(semantic):
    from workbench.core.match.embedding import get_embedder

    embedder = get_embedder()
    assert embedder.as_meant("Witneses said 40 soldiers were kiled near Kharkov") == \
        "witnesses said 40 soldiers were killed near Kharkov"  # the name stays as written
    typed, meant = embedder.embed(["Witneses said 40 soldiers were kiled near Kharkov",
                                   "Witnesses said 40 soldiers were killed near Kharkov"])
    assert np.array_equal(typed, meant)
    assert embedder.as_meant("Officials in Zaporozhye said") == "Officials in Zaporozhye said"
