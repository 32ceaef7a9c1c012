"""One act told of two subjects (sets 157-160, helper not157b): the claims share every word but who
or what the act is told of, and each reading here tells the two apart where `doers` and `kind_slots`
read nothing: two named people said to be one thing (`copula_names`), a harm done by people against
one done by nature (`two_causes`), one permission given to people and to things (`permitted_subjects`);
two one-word names opening one act (`opening_names`: "Trump signed" / "Biden signed") and two kin of one
person (`kin_subjects`: "X's son" / "X's wife"; sets 161-164, helper not161a).
Joined to `compare`'s doer chain by this one call.
"""

from __future__ import annotations

from collections.abc import Mapping

from workbench.core.match.copula_names import copula_names_apart
from workbench.core.match.kin_subjects import kin_apart
from workbench.core.match.opening_names import opening_names_apart
from workbench.core.match.permitted_subjects import permitted_apart
from workbench.core.match.two_causes import causes_apart


def subjects_apart(texts: tuple[str, str], wordings: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]],
                   kinds: tuple[Mapping[str, str], Mapping[str, str]]) -> str | None:
    """Why two claims tell one act of two subjects, or None. `texts`: the claims as written; `wordings`:
    their reported wordings (`claim_view.claim_roles`); `tokens`: their normalised tokens; `kinds`:
    their `kind_slots.kinds_read`."""
    return (copula_names_apart(texts, tokens) or causes_apart(wordings, kinds) or permitted_apart(wordings)
            or opening_names_apart(texts, tokens) or kin_apart(texts))
