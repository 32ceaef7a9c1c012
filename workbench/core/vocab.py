"""Every controlled vocabulary of the project, with its display labels, defined once.

Statuses, confidences, claim kinds, relations, link states, stances, source kinds and
reliability grades are stored as their string values (the enums are `StrEnum`s, so a member
equals its value). The core, the CLI, the reports and the window all take values, labels,
descriptions and the named sets (which kinds count as claims, which links are live) from here,
so a new status or a renamed label is one edit. SQL that filters on a vocabulary builds its
literals with `sql_values`, never by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Status(StrEnum):
    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"


#: Status -> display label (the window adds colours of its own; reports and the CLI use these).
STATUS_LABELS: dict[str, str] = {
    Status.VERIFIED.value: "Verified",
    Status.FALSE.value: "False",
    Status.DISPUTED.value: "Disputed",
    Status.UNVERIFIABLE.value: "Unverifiable",
    Status.UNVERIFIED.value: "Unverified",
}

#: Status -> one-line meaning, for report legends and tooltips.
STATUS_DESCRIPTIONS: dict[str, str] = {
    Status.VERIFIED.value: "Confirmed by independent evidence.",
    Status.FALSE.value: "Contradicted by the evidence.",
    Status.DISPUTED.value: "Sources disagree; not settled.",
    Status.UNVERIFIABLE.value: "Cannot be checked with the available evidence.",
    Status.UNVERIFIED.value: "Not yet checked.",
}

#: Status order in reports: findings that need attention first, open work last.
STATUS_REPORT_ORDER: tuple[str, ...] = (
    Status.FALSE.value, Status.DISPUTED.value, Status.VERIFIED.value, Status.UNVERIFIABLE.value,
    Status.UNVERIFIED.value,
)

#: Status order when a table is sorted by status: open work first.
STATUS_SORT_ORDER: tuple[str, ...] = (
    Status.UNVERIFIED.value, Status.DISPUTED.value, Status.FALSE.value, Status.UNVERIFIABLE.value,
    Status.VERIFIED.value,
)


class Confidence(StrEnum):
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


CONFIDENCE_LABELS: dict[str, str] = {
    Confidence.LOW.value: "Low",
    Confidence.MODERATE.value: "Moderate",
    Confidence.HIGH.value: "High",
}

#: Label for a claim whose confidence was never set.
CONFIDENCE_UNSET_LABEL = "Not set"


class Stance(StrEnum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"


STANCE_LABELS: dict[str, str] = {Stance.SUPPORTS.value: "Supports", Stance.CONTRADICTS.value: "Contradicts"}

#: Stance -> the adjective used in sentences ("add supporting article").
STANCE_ADJECTIVES: dict[str, str] = {Stance.SUPPORTS.value: "supporting", Stance.CONTRADICTS.value: "contradicting"}


class Relation(StrEnum):
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    RELATED = "related"
    UNRELATED = "unrelated"


RELATION_LABELS: dict[str, str] = {
    Relation.DUPLICATE.value: "Duplicate",
    Relation.CONFLICT.value: "Conflict",
    Relation.RELATED.value: "Related",
    Relation.UNRELATED.value: "Unrelated",
}

#: The relations a match run stores as links by default (related pairs are only scored).
LINKED_RELATIONS: tuple[Relation, ...] = (Relation.DUPLICATE, Relation.CONFLICT)

#: The relations shown as cards next to a claim, in display order.
SHOWN_RELATIONS: tuple[Relation, ...] = (Relation.DUPLICATE, Relation.CONFLICT, Relation.RELATED)


class LinkState(StrEnum):
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


LINK_STATE_LABELS: dict[str, str] = {
    LinkState.SUGGESTED.value: "Suggested",
    LinkState.CONFIRMED.value: "Confirmed",
    LinkState.REJECTED.value: "Rejected",
}

#: Link state -> the verb of the decision that sets it ("confirm duplicate").
LINK_STATE_VERBS: dict[str, str] = {
    LinkState.CONFIRMED.value: "confirm",
    LinkState.REJECTED.value: "reject",
    LinkState.SUGGESTED.value: "reset",
}


class ClaimKind(StrEnum):
    """What extraction thinks a span is; only the CLAIM_KINDS are shown by default."""

    CLAIM = "claim"
    OPINION = "opinion"  # evaluative statement with nothing checkable
    BOILERPLATE = "boilerplate"  # navigation, calls to action, bylines, credits
    HEADLINE = "headline"
    MANUAL = "manual"  # created by hand by the analyst


#: The kinds that count as claims: listed, counted, checked and reported.
CLAIM_KINDS: tuple[ClaimKind, ...] = (ClaimKind.CLAIM, ClaimKind.MANUAL)


class SourceKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    AGENCY = "agency"
    OUTLET = "outlet"
    DOCUMENT = "document"


SOURCE_KIND_LABELS: dict[str, str] = {
    SourceKind.PERSON.value: "Person",
    SourceKind.ORGANISATION.value: "Organisation",
    SourceKind.AGENCY.value: "Agency",
    SourceKind.OUTLET.value: "Outlet",
    SourceKind.DOCUMENT.value: "Document",
}

#: Admiralty (NATO) source reliability scale: grade -> meaning.
RELIABILITY_GRADES: dict[str, str] = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}


def sql_values(values: Iterable[str]) -> str:
    """A parenthesised SQL list of vocabulary values, e.g. "('claim', 'manual')".

    Only for members of the enums above (plain lower-case words); user text goes in as parameters.
    """
    items = [str(v) for v in values]
    if not all(v.replace("_", "").isalnum() for v in items):
        raise ValueError(f"not a vocabulary value: {items!r}")
    return "(" + ", ".join(f"'{v}'" for v in items) + ")"


def sql_value(value: str) -> str:
    """One vocabulary value as an SQL literal, e.g. "'unverified'"."""
    return sql_values([value])[1:-1]
