"""What a report is made of before it is built: formats, groupings, status order and labels, options.

Shared by the builder (`build.py`), the renderers (`formats.py`, `render.py`) and the shells, so
none of them has to import another just for a constant (no import cycle between them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.core.vocab import STATUS_REPORT_ORDER

SCHEMA_VERSION = 1

#: Output formats and the file extension each one gets by default.
FORMATS: dict[str, str] = {
    "html": ".html",
    "md": ".md",
    "pdf": ".pdf",
    "csv": ".csv",
    "json": ".json",
    "claimreview": ".jsonld",
}

GROUPINGS = ("status", "article", "cluster")

#: Status order in the report (findings that need attention first); labels and meanings from vocab.
STATUS_ORDER: tuple[str, ...] = STATUS_REPORT_ORDER

UNKNOWN_OUTLET = "(unknown outlet)"
DEFAULT_TITLE = "Verification report"

#: Each of a claim's link lists shows at most this many entries; the rest are counted. Keeps a
#: project of a hundred near-identical articles (hundreds of links per claim) bounded in memory
#: and readable. Pass `ReportOptions(link_cap=None)` for every link.
DEFAULT_LINK_CAP = 10


class ReportError(Exception):
    """Bad report options or an unreadable report file; the message is for users."""


class ReportCancelled(ReportError):
    """The user cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("export cancelled")


@dataclass
class ReportOptions:
    title: str | None = None  # None or empty = the project's report title, else "Verification report"
    analyst: str | None = None  # falls back to project / user settings; never a placeholder
    organisation: str | None = None
    statuses: Sequence[str] | None = None  # None = every status
    claim_ids: Sequence[int] | None = None  # None = every claim (after the status filter)
    group_by: str = "status"
    generated_at: str | None = None  # ISO timestamp; None = now (UTC)
    date: str | None = None  # the report's date (YYYY-MM-DD); None = generated_at's day
    report_url: str | None = None  # where the report will be published (ClaimReview url)
    include_history: bool = True
    extra: dict[str, Any] = field(default_factory=dict)
    #: at most this many entries in each of a claim's link lists (duplicates, conflicts, related,
    #: appearances elsewhere); the rest are counted in `links_omitted`. None = no cap.
    link_cap: int | None = DEFAULT_LINK_CAP
    #: build an entry per claim (cards, links, evidence, history)? None = only when the report is
    #: per claim: a report per fact renders fact entries, so HTML, Markdown, PDF and ClaimReview
    #: per fact need none; JSON and CSV list every claim and ask for them (actions.export).
    claim_entries: bool | None = None


def builds_claim_entries(options: ReportOptions) -> bool:
    """Whether `build_report` builds the claim entries (see `ReportOptions.claim_entries`)."""
    if options.claim_entries is not None:
        return options.claim_entries
    return (options.extra or {}).get("per") != "fact"


def validate_options(options: ReportOptions) -> None:
    # here, not at import: the CLI reads FORMATS for every command's --help, without the store
    from workbench.core.store import StoreError
    from workbench.core.store.validate import check_status

    if options.group_by not in GROUPINGS:
        raise ReportError(f"cannot group by {options.group_by!r} (use {', '.join(GROUPINGS)})")
    for status in options.statuses or []:
        try:
            check_status(status)  # the store's one status rule
        except StoreError as exc:
            raise ReportError(str(exc)) from None
    if options.link_cap is not None and options.link_cap < 0:
        raise ReportError("the link cap cannot be negative")
