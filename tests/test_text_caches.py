"""`text_cache`: one copy of each equal result a per-text cache holds, results unchanged."""

from __future__ import annotations

from workbench.core import text_caches
from workbench.core.match import inside_names
from workbench.core.text_caches import shared, text_cache


def test_equal_frozensets_and_tuples_are_one_object() -> None:
    a, b = frozenset({"un", "aid"}), frozenset({"aid", "un"})
    assert a is not b
    assert shared(a) is shared(b)
    ta, tb = (frozenset({"x"}), "y"), (frozenset({"x"}), "y")
    assert shared(ta) is shared(tb)
    assert shared(ta)[0] is shared(frozenset({"x"}))


def test_empty_results_of_different_texts_share_one_object() -> None:
    calls: list[str] = []

    @text_cache()
    def acronyms(text: str) -> frozenset[str]:
        calls.append(text)
        return frozenset(w for w in text.split() if w.isupper())

    first, second = acronyms("no capitals here"), acronyms("nor here")
    assert first == second == frozenset()
    assert first is second
    assert acronyms("UN aid") == frozenset({"UN"})
    acronyms("no capitals here")
    assert calls == ["no capitals here", "nor here", "UN aid"]  # still cached per text
    assert acronyms.cache_info().currsize == 3


def test_other_values_pass_through_unchanged() -> None:
    words = ["a", "b"]
    assert shared(words) is words
    unhashable = (["a"], frozenset({"b"}))
    assert shared(unhashable) == unhashable
    assert shared(None) is None and shared("text") == "text"


def test_the_table_starts_again_past_its_bound(monkeypatch) -> None:
    monkeypatch.setattr(text_caches, "SHARED_MAX", 2)
    monkeypatch.setattr(text_caches, "_SHARED", {})
    for i in range(5):
        shared(frozenset({str(i)}))
    assert len(text_caches._SHARED) <= 2


def test_matching_caches_share_their_empty_results() -> None:
    """The real caches: two claims without waters share the one empty set."""
    a = inside_names.names_inside_names("Police said 12 people were killed in Hama on Monday.")
    b = inside_names.names_inside_names("Officials said the bridge in Aleppo reopened.")
    assert a == b == frozenset()
    assert a is b


def test_a_full_cache_starts_again_and_still_answers() -> None:
    """Entries sit in one dict (no LRU node each); a miss that finds it full empties it first."""
    calls: list[str] = []

    @text_cache(maxsize=2)
    def words(text: str) -> tuple[str, ...]:
        calls.append(text)
        return tuple(text.split())

    assert [words(t) for t in ("a b", "c", "a b")] == [("a", "b"), ("c",), ("a", "b")]
    assert calls == ["a b", "c"]
    assert words("d e") == ("d", "e")  # the third text: the cache is emptied, then holds it
    assert words.cache_info().currsize == 1
    assert words("c") == ("c",) and calls == ["a b", "c", "d e", "c"]
