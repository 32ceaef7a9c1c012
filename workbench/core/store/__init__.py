"""The project file: one SQLite database per investigation, and the only place that writes to it.

Every write goes through a `Store` method, runs in one transaction, is recorded in `history`
and is announced to subscribers as a list of `Change`s after it commits, so views can refresh
only what changed. Each method that destroys something returns a snapshot that the matching
`restore_*` method puts back exactly (same ids), which is what undo is built on.

A Store (an sqlite3 connection) belongs to the thread that opened it; background jobs open
their own Store on the same file (WAL lets readers and one writer work side by side).

The class is assembled from one part per entity (articles, claims, sources, evidence, links, vectors,
facts) over `StoreBase` (connection, transactions, history); all SQL lives in this package.
"""

from __future__ import annotations

from workbench.core.store.articles import ArticlesPart
from workbench.core.store.base import Change, StoreBase, StoreError, now
from workbench.core.store.claims import ClaimsPart
from workbench.core.store.evidence import EvidencePart
from workbench.core.store.facts import FactsPart
from workbench.core.store.links import LinksPart
from workbench.core.store.queries import SORT_KEYS, ClaimFilter, fts_query
from workbench.core.store.reports import ReportsPart
from workbench.core.store.sources import SourcesPart
from workbench.core.store.vectors import VectorsPart


class Store(
    ArticlesPart, ClaimsPart, SourcesPart, EvidencePart, LinksPart, ReportsPart, VectorsPart, FactsPart,
    StoreBase,
):
    """An open project file."""


__all__ = ["Change", "ClaimFilter", "SORT_KEYS", "Store", "StoreBase", "StoreError", "fts_query", "now"]
