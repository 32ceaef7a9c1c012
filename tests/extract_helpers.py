"""Shared by the extraction tests: the claims without the core restatements `core_facts` adds.

Most extraction tests pin how a rule splits a sentence; the cores ("Musk unveiled the device."
before "Musk unveiled the device at a press conference.") are pinned in tests/test_core_facts.py,
so the other tests look at the claims without them.
"""

from __future__ import annotations

from workbench.core.model import ExtractedClaim


def is_core(claim: ExtractedClaim, claims: list[ExtractedClaim]) -> bool:
    """A claim that repeats the start of a longer claim of the same quote start (its core)."""
    stem = claim.text.rstrip(".")
    return any(other is not claim and other.start == claim.start and other.end > claim.end
               and other.text.startswith(stem + " ") for other in claims)


def without_cores(claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
    return [c for c in claims if not is_core(c, claims)]
