"""Match a project's claims: link duplicates and conflicts across articles, and cluster them.

The one entry point the CLI's `match`, the import pipeline and the window use; it writes one
history row ("match claims") when links change, and keeps every link the analyst decided.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workbench.core.store import Store

if TYPE_CHECKING:
    from workbench.core.match.matching import MatchSummary


def match_claims(
    store: Store, *, claim_ids: set[int] | None = None, progress: Callable[[int, int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None, workers: int = 1, semantic: bool | None = None,
) -> MatchSummary:
    """Match every claim (`claim_ids=None`) or only the pairs touching these new claims.

    Raises `MatchCancelled` (project unchanged) when `cancel()` says so before the write.
    `semantic` None follows the setting (environment, project); False matches by words only.
    """
    from workbench.core.match.matching import match_project

    return match_project(store, claim_ids=claim_ids, progress=progress, cancel=cancel, workers=workers,
                         semantic=semantic)
