"""Plain data shared by every layer: the records that cross module boundaries.

The vocabularies (statuses, kinds, relations, ...) live in `workbench.core.vocab`.

Kept free of behaviour so ingest, extraction, matching, storage, reports and the UI can all
agree on one shape without importing each other.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple

from workbench.core.vocab import ClaimKind


@dataclass
class Quantity:
    """A number found in text, normalised. `low`/`high` bound what the words allow."""

    text: str  # the words as written, e.g. "some 500,000 people"
    value: float | None  # best single reading (None for pure vague magnitudes is allowed)
    low: float | None
    high: float | None
    approximate: bool
    counted: str | None = None  # what is counted: "people", "soldiers"
    unit: str | None = None  # "%", "USD", "km", ... when it is not a count
    start: int = 0  # offsets into the string the quantity was found in
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quantity:
        known = {k: data.get(k) for k in cls.__dataclass_fields__}
        known["text"] = known.get("text") or ""
        known["approximate"] = bool(known.get("approximate"))
        known["start"] = int(known.get("start") or 0)
        known["end"] = int(known.get("end") or 0)
        return cls(**known)  # type: ignore[arg-type]


@dataclass
class DateMention:
    """A date in a claim; `value` is ISO (YYYY-MM-DD, or YYYY-MM / YYYY when coarser) when resolvable."""

    text: str
    value: str | None
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ExtractedClaim:
    """One atomic claim as extraction produces it, before it is stored.

    `quote == body[start:end]` always holds for the article body it came from; `text` may be
    lightly reworded so that it reads standalone. `derived_from` is the position (in the same
    extraction's list) of the full claim this one was derived from (its core without the time and
    place), None for a claim of its own.
    """

    text: str
    quote: str
    start: int
    end: int
    speaker: str | None = None
    relayed_by: str | None = None
    speaker_anonymous: bool = False
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    hedged: bool = False
    kind: str = ClaimKind.CLAIM.value
    sentence_start: int = 0
    sentence_end: int = 0
    derived_from: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["quantities"] = [q.to_dict() for q in self.quantities]
        data["dates"] = [d.to_dict() for d in self.dates]
        return data


@dataclass
class ImportedArticle:
    """An article as ingest produces it from a file or a paste: clean plain text plus metadata."""

    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    url: str | None = None
    file: str | None = None  # origin file name (not the full path)
    content_hash: str = ""
    format: str = "text"  # text | markdown | html | paste
    warnings: list[str] = field(default_factory=list, compare=False)  # e.g. bytes replaced while decoding

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class MachineLink(NamedTuple):
    """A link as matching found it, compact (a dense project finds about a million): the
    reasons are their JSON text, as stored. Matching makes them, the store writes them."""

    claim_a: int
    claim_b: int
    relation: str
    score: float
    state: str
    reasons: str
