"""Shared by the extraction tests: the claims without the derived cores `core_facts` adds.

Most extraction tests pin how a rule splits a sentence; the cores ("Musk unveiled the device."
derived from "Musk unveiled the device at a press conference.") are pinned in tests/test_core_facts.py,
so the other tests look at the claims of their own (`derived_from is None`).
"""

from __future__ import annotations

from workbench.core.model import ExtractedClaim


def without_cores(claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
    return [c for c in claims if c.derived_from is None]
