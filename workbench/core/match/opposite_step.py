"""The opposite-outcome step of a comparison: do the two claims tell one thing's two outcomes?

Moved out of `compare` (stop 52), which asks it once per pair, unless the claims agree on one
outcome told two ways ("not reopened" / "remained closed": `negated_opposite`, `fates_agree`).
Each reading names the opposite it found ("opposite outcomes: ...") or gives None; the first to
find one wins. An opposite is never a duplicate (`compare`'s `clash`), whatever the words share.
"""

from __future__ import annotations

from workbench.core.match.all_or_part import all_or_part
from workbench.core.match.asked_or_refused import asked_or_refused
from workbench.core.match.before_after import before_or_after
from workbench.core.match.claim_view import ClaimView
from workbench.core.match.comparisons_reversed import comparison_reversed
from workbench.core.match.doers import outcome_opposed
from workbench.core.match.ended_or_changed import ended_or_changed
from workbench.core.match.journey_legs import route_reversed
from workbench.core.match.ruled_out import ruled_out
from workbench.core.match.rulings import rulings_for_two
from workbench.core.match.states_told_apart import states_told_apart
from workbench.core.match.stopped_or_done import stopped_or_done
from workbench.core.match.went_on_or_stopped import went_on_or_stopped
from workbench.core.match.with_or_without import with_or_without


def opposite_outcome(texts: tuple[str, str], views: tuple[ClaimView, ClaimView],
                     proper: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """The opposite two claims tell (`texts` as written, their `views`, `proper`: the proper names of
    their normal forms), or None."""
    va, vb = views
    tokens = (va.tokens, vb.tokens)
    return (outcome_opposed((va.acts, va.doers, va.tokens), (vb.acts, vb.doers, vb.tokens))
            or stopped_or_done(texts, (va.acts[1], vb.acts[1]), tokens)
            or before_or_after(texts)
            # went on / stopped, without / done, all N / M of N (helper conf133b)
            or went_on_or_stopped(texts, tokens)
            or with_or_without(texts, tokens)
            # rather than / a measure refused / passed calmly / a moratorium / no effect (helper conf137a)
            or ruled_out(texts, tokens)
            # exempt / held to, found / not, can / cannot be done, survived / destroyed (helper conf141a)
            or states_told_apart(texts, tokens)
            or all_or_part(texts, tokens, proper)
            # a thing done away with / the same thing changed (helper conf141b)
            or ended_or_changed((va.surface, vb.surface), texts, tokens)
            or comparison_reversed(texts, tokens)  # a comparison told the other way (helper conf145)
            or asked_or_refused(texts, tokens)  # one doer asked / refused (helper confneg149)
            or route_reversed((va.surface, vb.surface), tokens)  # from X to Y / from Y to X (helper conffig153)
            or rulings_for_two(texts, tokens))  # ruled for X / for Y, for X / against X (helper conf157)
