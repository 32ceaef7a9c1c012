"""Match a project's claims: link duplicates and conflicts across articles, and cluster them.

The one entry point the CLI's `match`, the import pipeline and the window use; it writes one
history row ("match claims") when links change, and keeps every link the analyst decided.
`set_semantic` is the project's "match by meaning" switch (the window's Project Settings);
`semantic_state` says whether it is on and, when the model cannot run here, why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from workbench.core.actions.base import SettingEdit
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


def set_semantic(store: Store, on: bool) -> SettingEdit:
    """Match this project by meaning as well as by words (the default), or by words only.

    Applies to the next matching (an import, Match, a re-match after an edit); links already
    made stay. The environment's WORKBENCH_SEMANTIC=0 and the CLI's --no-semantic still win.
    """
    from workbench.core.match.embedding import SETTING_KEY

    value = "on" if on else "off"
    label = f"Turn semantic matching {value}"
    return SettingEdit(label, SETTING_KEY, store.change_setting(SETTING_KEY, value, action=label), value)


def semantic_state(store: Store) -> dict[str, Any]:
    """The switch as the project has it, whether the environment turns it off, whether the model
    can run here (and why not), and so whether matching will use it."""
    from workbench.core.match import embedding

    setting = embedding.project_setting_on(store)
    env_off = embedding.env_disabled()
    problem = embedding.model_problem()
    return {"setting": setting, "env_off": env_off, "problem": problem,
            "in_use": problem is None and embedding.semantic_enabled(store)}
