"""A vocabulary as a trie matches exactly what the plain longest-first alternation matches."""

from __future__ import annotations

import random
import re

import pytest

from workbench.core.language.alternation import plain, trie
from workbench.core.language.synonyms import NOUN_SYNONYMS
from workbench.core.match import knowledge


def _texts(literals: list[str], rng: random.Random, n: int = 400) -> list[str]:
    """Texts made of the literals, their pieces and other words, joined in several ways."""
    pieces = literals + [w[: len(w) // 2] for w in literals] + ["the", "a", "ed", "s", "x", ".", "-", "'"]
    out = []
    for _ in range(n):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 8))]
        text = rng.choice([" ", "", "-", ". "]).join(words)
        out.append(rng.choice([text, text.title(), text.upper()]))
    return out


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("seed", range(5))
def test_random_vocabularies_match_the_same(seed: int) -> None:
    rng = random.Random(seed)
    letters = "abc d-"
    literals = list({"".join(rng.choice(letters) for _ in range(rng.randint(1, 6))).strip() or "a"
                     for _ in range(60)})
    for template, flags in ((r"\b(LITERALS)\b", 0), (r"(?<![\w.])(LITERALS)(?![\w])", 0), (r"\b(LITERALS)\b", re.I),
                            (r"(LITERALS)\s+(\w+)", 0), (r"(LITERALS)", 0)):
        old = re.compile(template.replace("LITERALS", plain(literals)), flags)
        new = re.compile(template.replace("LITERALS", trie(literals, ignore_case=bool(flags))), flags)
        for text in _texts(literals, rng):
            assert _spans(new, text) == _spans(old, text), (template, text)


def test_the_knowledge_tables_match_as_before() -> None:
    rng = random.Random(7)
    pattern, table = knowledge._verb_table()
    verbs = list(table)
    nouns = [m for group in NOUN_SYNONYMS for m in group[1:]]
    for literals, flags, compiled in ((verbs, 0, pattern),
                                      (nouns, re.I, None)):
        old = re.compile(r"\b(" + plain(literals) + r")\b", flags)
        new = compiled or re.compile(r"\b(" + trie(literals, ignore_case=bool(flags)) + r")\b", flags)
        texts = _texts(literals, rng) + ["Troops killed 30 fighters and wounded 12 in Hama", "Residents fled."]
        for text in texts:
            assert _spans(new, text) == _spans(old, text), text


def test_a_literal_inside_a_longer_one() -> None:
    pattern = re.compile(r"\b(" + trie(["broke", "broke out", "broke out of"]) + r")\b")
    assert [m.group(1) for m in pattern.finditer("clashes broke out; they broke out of jail; it broke")] == [
        "broke out", "broke out of", "broke"]
    with pytest.raises(ValueError):
        trie(["a", ""])
