"""Two acts of one doer told after one event: "The government declared an emergency after uncovering a
plot" / "The government moved the jailed leaders to another prison after uncovering a plot", "The club
sacked its manager after a 5-0 defeat" / "The club cancelled the players' bonuses after a 5-0 defeat"
(helper not135). Both claims tell the same background clause (`background.parts`: "after", "following",
"in response to" ...) and the same doer; what each tells in its main clause is another act on another
thing. The background and the doer fill most of the words, so the words and the meaning vector find
the claims alike; the facts they state are two.

`background.background_apart` reads one claim that is all background against one that tells a main
clause too; this reads two claims that each tell a main clause of their own. Kept one: two verbs of
one kind of act or one outcome ("detained" / "arrested", "closed" / "shut"), or one thing acted on
("sacked its manager" / "fired its manager": the thing is the other's too).

Its mirror, one act told before one event and after another ("suspended the hunt a day before the
season was due to start" / "... a day after receiving a report"), is read here too
(`before_after.one_act_two_events`).
"""

from __future__ import annotations

from typing import Any

from workbench.core.figures.dates import MONTHS
from workbench.core.match.acts import alike, kind_of_act
from workbench.core.match.background import parts
from workbench.core.match.before_after import one_act_two_events
from workbench.core.match.roles import main_act, roles
from workbench.core.match.said_acts import two_acts

#: Month names: a date in what a verb acts on ("the July 2025 emergency") is no thing acted on.
_MONTHS = frozenset(MONTHS)
#: The fewest background words the two claims must share (one event told twice).
_SHARED_BACKGROUND = 2


def acts_after_one_event(texts: tuple[str, str], views: tuple[Any, Any]) -> str | None:
    """'two acts after one event: declar emergency / mov leader' when both claims tell one background
    (their background clauses share `_SHARED_BACKGROUND` words or more, most of the shorter one's), one
    doer (`roles`, named alike), and main clauses whose verbs are two acts (`said_acts.two_acts`, not of
    one kind: `acts.kind_of_act`) on things of their own: no word of what each verb acts on (months
    aside) is named by the other claim's main clause, in any form. `views`: the claims' `claim_view`s."""
    split_a, split_b = parts(texts[0]), parts(texts[1])  # (None, cached, for most claims: read first)
    if split_a is None or split_b is None:
        return one_act_two_events(texts)  # one act told before one event, after another (helper not161b)
    (main_a, back_a, _, _), (main_b, back_b, _, _) = split_a, split_b
    shared = back_a & back_b
    if len(shared) < _SHARED_BACKGROUND or 2 * len(shared) < min(len(back_a), len(back_b)):
        return None
    va, vb = views
    read_a, read_b = roles(va.roles_wording), roles(vb.roles_wording)
    if read_a is None or read_b is None or not read_a[0] or read_a[0] != read_b[0]:
        return None  # one doer, named alike
    act_a, act_b = main_act(va.roles_wording), main_act(vb.roles_wording)
    if act_a is None or act_b is None or act_a not in main_a or act_b not in main_b \
            or not two_acts(act_a, act_b, va.tokens, vb.tokens):
        return None
    kind_a = kind_of_act(act_a, va.roles_wording)
    if kind_a is not None and kind_a == kind_of_act(act_b, vb.roles_wording):
        return None  # one kind of act told two ways ("detained" / "arrested")
    things_a, things_b = read_a[1] - {act_a} - read_a[0] - _MONTHS, read_b[1] - {act_b} - read_b[0] - _MONTHS
    if not things_a or not things_b or things_a & main_b or things_b & main_a \
            or alike(things_a, main_b) or alike(things_b, main_a):
        return None  # a thing both act on ("additional paramilitary troops" / "more paramilitary forces")
    return f"two acts after one event: {act_a} {' '.join(sorted(things_a))} / {act_b} {' '.join(sorted(things_b))}"
