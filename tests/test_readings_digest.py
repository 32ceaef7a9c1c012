"""benchmarks/readings_digest.py prints equal readings alike, whatever order their sets were built in
(matching's caches hand out one shared copy of equal sets, whose iteration order may differ)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import readings_digest  # noqa: E402

from workbench.core.match.claim_readings import claim_readings  # noqa: E402


def _colliding_orders() -> tuple[frozenset[str], frozenset[str]]:
    """Two equal sets that iterate in different orders (members whose hashes collide)."""
    words = [f"w{i}" for i in range(200)]
    for a in words:
        for b in words:
            if a < b and hash(a) % 8 == hash(b) % 8:
                x, y = frozenset([a, b]), frozenset([b, a])
                if list(x) != list(y):
                    return x, y
    raise AssertionError("no colliding pair found")


def test_equal_sets_built_in_other_orders_print_alike() -> None:
    x, y = _colliding_orders()
    assert repr(x) != repr(y)
    assert readings_digest.canonical(x) == readings_digest.canonical(y)
    assert readings_digest.canonical((["a"], {"k": x})) == readings_digest.canonical((["a"], {"k": y}))


def test_readings_print_every_field() -> None:
    readings = claim_readings("Rebels seized the RN2 road in Tillaberi, officials said.",
                              "rebels seized the rn2 road in tillaberi")
    printed = readings_digest.canonical(readings)
    assert printed.startswith("ClaimReadings(sayer=")
    assert "codes=frozenset({'RN2'})" in printed
