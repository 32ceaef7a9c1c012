"""The one place that checks a vocabulary value a user gave (status, confidence, stance, ...).

Every write of the store calls these before it touches the file; the actions layer and both
shells rely on them, so a bad value gets the same one-line message from the CLI and the window.
"""

from __future__ import annotations

from typing import Any

from workbench.core.store.base import StoreError
from workbench.core.vocab import (
    RELIABILITY_GRADES,
    ClaimKind,
    Confidence,
    LinkState,
    Relation,
    SourceKind,
    Stance,
    Status,
)


def check_status(value: Any) -> None:
    if value not in {s.value for s in Status}:
        raise StoreError(f"unknown status {value!r} (use {', '.join(s.value for s in Status)})")


def check_confidence(value: Any) -> None:
    """None means 'not set' and is allowed."""
    if value is not None and value not in {c.value for c in Confidence}:
        raise StoreError(f"unknown confidence {value!r} (use low, moderate or high)")


def check_claim_kind(value: Any) -> None:
    if value not in {k.value for k in ClaimKind}:
        raise StoreError(f"unknown claim kind {value!r}")


def check_claim_text(value: Any) -> None:
    if not str(value or "").strip():
        raise StoreError("a claim needs some text")


def check_claim_fields(fields: dict[str, Any]) -> None:
    if "status" in fields:
        check_status(fields["status"])
    if "confidence" in fields:
        check_confidence(fields["confidence"])
    if "kind" in fields:
        check_claim_kind(fields["kind"])
    if "text" in fields:
        check_claim_text(fields["text"])


def check_stance(value: Any) -> None:
    if value not in {s.value for s in Stance}:
        raise StoreError(f"stance must be supports or contradicts, not {value!r}")


def check_source(kind: Any, reliability: Any) -> None:
    if kind not in {k.value for k in SourceKind}:
        raise StoreError(f"unknown source kind {kind!r} (use {', '.join(k.value for k in SourceKind)})")
    if reliability is not None and reliability not in RELIABILITY_GRADES:
        raise StoreError(f"reliability must be an Admiralty grade A-F, not {reliability!r}")


def check_link(relation: Any, state: Any) -> None:
    if relation not in {r.value for r in Relation} - {Relation.UNRELATED.value}:
        raise StoreError(f"unknown relation {relation!r}")
    if state not in {s.value for s in LinkState}:
        raise StoreError(f"unknown link state {state!r}")


def check_span(body: str, start: int, end: int) -> None:
    if not (0 <= start < end <= len(body)):
        raise StoreError(f"span {start}-{end} is outside the article")
